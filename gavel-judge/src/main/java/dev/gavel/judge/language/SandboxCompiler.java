package dev.gavel.judge.language;

import dev.gavel.sandbox.SandboxPool;

import java.nio.file.Path;
import java.util.List;

/** Compiles in the sandbox and caches artifacts by hash of language, compiler version, flags and sources. */
public final class SandboxCompiler implements Compiler {

    public SandboxCompiler(Languages languages, SandboxPool pool, Path cacheDir) {
    }

    @Override
    public CompileOutcome compile(Language language, List<Path> sources, String mainHint) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
