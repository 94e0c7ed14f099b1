package dev.gavel.server.engine;

import dev.gavel.judge.Directories;
import dev.gavel.judge.judging.Judge;
import dev.gavel.judge.language.Language;
import dev.gavel.judge.language.LanguageCatalog;
import dev.gavel.judge.language.Languages;
import dev.gavel.judge.language.SandboxCompiler;
import dev.gavel.sandbox.SandboxPool;
import dev.gavel.sandbox.Sandboxes;
import dev.gavel.server.config.GavelProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The judge engine as the server uses it: the built-in languages, one pool of sandboxes (one per worker, plus one
 * for interactive problems), a compile cache under {@code home/cache/compile} and a judge. The server never sees
 * how a sandbox works.
 */
public final class JudgeEngine implements AutoCloseable {

    private final Languages languages;
    private final SandboxPool pool;
    private final SandboxCompiler compiler;
    private final Judge judge;
    private final Path scratch;
    private final InstalledLanguages installed;
    /** Removes judgings' files after their verdicts (one thread: deleting is rarely the bottleneck). */
    private final ExecutorService cleanupThread = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon()
            .name("gavel-judge-cleanup").unstarted(r));

    public JudgeEngine(GavelProperties properties) {
        this.languages = LanguageCatalog.builtIn();
        this.installed = new InstalledLanguages(languages);
        int sandboxes = properties.judging().workerCount() * 2;
        this.pool = Sandboxes.pool(sandboxes);
        try {
            Path home = properties.home().toAbsolutePath();
            this.scratch = Files.createDirectories(home.resolve("scratch"));
            this.compiler = new SandboxCompiler(languages, pool,
                    Files.createDirectories(home.resolve("cache").resolve("compile")));
        } catch (IOException e) {
            pool.close();
            throw new UncheckedIOException("cannot make Gavel's data directories under " + properties.home(), e);
        }
        this.judge = new Judge(languages, compiler, pool, scratch, this::cleanUp);
    }

    public Languages languages() {
        return languages;
    }

    /** Whether the language's toolchain is on this machine (true until the start-up probe has finished). */
    public boolean installed(Language language) {
        return installed.installed(language);
    }

    public Judge judge() {
        return judge;
    }

    public SandboxCompiler compiler() {
        return compiler;
    }

    public SandboxPool pool() {
        return pool;
    }

    public Path scratch() {
        return scratch;
    }

    /** Deletes a directory under {@link #scratch()} soon, on the clean-up thread, not the caller's. */
    public void deleteLater(Path dir) {
        cleanUp(() -> Directories.deleteQuietly(dir));
    }

    /** Runs a removal on the clean-up thread, or at once when the engine is closing and the thread takes no more. */
    private void cleanUp(Runnable removal) {
        try {
            cleanupThread.execute(removal);
        } catch (RejectedExecutionException e) {
            removal.run();
        }
    }

    @Override
    public void close() {
        pool.close();
        cleanupThread.shutdown();
        try {
            cleanupThread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Directories.deleteQuietly(scratch);
    }
}
