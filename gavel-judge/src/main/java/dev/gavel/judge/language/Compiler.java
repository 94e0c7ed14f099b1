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

    /**
     * Compiles with {@code options} appended to the language's compile argv (Judge0's {@code compiler_options}). The
     * options are part of what the result is cached by. A language without a compile step ignores them, as Judge0
     * does. This default is for compilers that take no options: it compiles without them when there are none and
     * refuses otherwise, rather than hand back a program built without what was asked for.
     */
    default CompileOutcome compile(Language language, List<Path> sources, String mainHint, CompileBudget budget,
                                   List<String> options) {
        if (!options.isEmpty() && language.compiled()) {
            return new CompileOutcome.CompileFault(getClass().getSimpleName() + " takes no compiler options");
        }
        return compile(language, sources, mainHint, budget);
    }

    /** Compiles with the language's own limits. */
    default CompileOutcome compile(Language language, List<Path> sources, String mainHint) {
        return compile(language, sources, mainHint, CompileBudget.LANGUAGE_DEFAULTS);
    }
}
