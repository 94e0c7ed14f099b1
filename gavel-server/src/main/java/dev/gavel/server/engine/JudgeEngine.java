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
        this.judge = new Judge(languages, compiler, pool, scratch);
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

    @Override
    public void close() {
        pool.close();
        Directories.deleteQuietly(scratch);
    }
}
