package dev.gavel.judge.cli;

import dev.gavel.judge.Directories;
import dev.gavel.judge.judging.Judge;
import dev.gavel.judge.language.LanguageCatalog;
import dev.gavel.judge.language.LanguageStatus;
import dev.gavel.judge.language.Languages;
import dev.gavel.judge.language.SandboxCompiler;
import dev.gavel.sandbox.SandboxPool;
import dev.gavel.sandbox.Sandboxes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/** The judge engine as the command line uses it: built-in languages, a sandbox pool, a compile cache, a judge. */
final class Engine implements AutoCloseable {

    /** The machine cannot judge; the message says why. */
    static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message);
        }
    }

    final Languages languages;
    final SandboxPool pool;
    final Judge judge;
    private final Path scratch;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread onExit = new Thread(this::close, "gavel-engine-exit");

    private Engine(Languages languages, SandboxPool pool, Judge judge, Path scratch) {
        this.languages = languages;
        this.pool = pool;
        this.judge = judge;
        this.scratch = scratch;
        // Ctrl-C skips try-with-resources: still end every helper and remove the scratch directory
        Runtime.getRuntime().addShutdownHook(onExit);
    }

    static Languages languages() throws Unavailable {
        try {
            return LanguageCatalog.builtIn();
        } catch (UnsupportedOperationException e) {
            throw new Unavailable("the language catalogue is not available in this build yet");
        } catch (RuntimeException e) {
            throw new Unavailable("cannot load the built-in languages: " + e.getMessage());
        }
    }

    static Engine start(int sandboxes) throws Unavailable {
        Languages languages = languages();
        SandboxPool pool;
        try {
            pool = Sandboxes.pool(sandboxes);
        } catch (UnsupportedOperationException e) {
            throw new Unavailable("the sandbox is not available in this build yet");
        } catch (RuntimeException e) {
            throw new Unavailable("cannot start the sandbox: " + e.getMessage()
                    + "\n(run 'gavel sandbox check' to see what this machine lacks)");
        }
        try {
            Path scratch = Files.createTempDirectory("gavel-judge-");
            SandboxCompiler compiler = new SandboxCompiler(languages, pool, cacheDir());
            return new Engine(languages, pool, new Judge(languages, compiler, pool, scratch), scratch);
        } catch (IOException | RuntimeException e) {
            pool.close();
            throw new Unavailable("cannot set up the judge's directories: " + e.getMessage());
        }
    }

    /** The compile cache shared with {@code gavel languages}: {@code $GAVEL_HOME/cache/compile}. */
    static Path cacheDir() throws IOException {
        return Files.createDirectories(LanguageStatus.gavelHome().resolve("cache").resolve("compile"));
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        if (Thread.currentThread() != onExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(onExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway; closing twice is harmless
            }
        }
        pool.close();
        Directories.deleteQuietly(scratch);
    }
}
