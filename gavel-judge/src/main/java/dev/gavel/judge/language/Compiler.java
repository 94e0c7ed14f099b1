package dev.gavel.judge.language;

import java.nio.file.Path;
import java.util.List;

/**
 * Turns source files into an {@link Executable}, compiling in the sandbox and caching the result by a hash of
 * language, compiler version, flags and sources.
 */
public interface Compiler {

    /**
     * @param language the language to compile as
     * @param sources  the submission's files (one, or several for a multi-file submission)
     * @param mainHint the entry point named by the package (file name or class), or null to find it the way contest
     *                 judges do
     * @param budget   the time and memory the compile may take
     */
    CompileOutcome compile(Language language, List<Path> sources, String mainHint, CompileBudget budget);

    /** Compiles with the language's own limits. */
    default CompileOutcome compile(Language language, List<Path> sources, String mainHint) {
        return compile(language, sources, mainHint, CompileBudget.LANGUAGE_DEFAULTS);
    }
}
