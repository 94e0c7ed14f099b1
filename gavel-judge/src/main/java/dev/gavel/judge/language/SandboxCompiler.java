package dev.gavel.judge.language;

import dev.gavel.judge.Directories;
import dev.gavel.sandbox.ByteSize;
import dev.gavel.sandbox.RunLimits;
import dev.gavel.sandbox.RunOutcome;
import dev.gavel.sandbox.RunSpec;
import dev.gavel.sandbox.Sandbox;
import dev.gavel.sandbox.SandboxPool;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Compiles in the sandbox and caches artifacts by hash of language, compiler version, flags and sources.
 *
 * <p>Theory of operation: the sources are read (files, or every file under a folder, by relative name); the entry
 * point is found ({@link MainFinder}); the cache key is computed ({@link CompileCache}). On a hit the cached files
 * are copied into a fresh directory and returned without running anything. On a miss the sources are written to a
 * fresh work directory, the compile argv (or, for an interpreted language, its syntax check) runs there in a
 * sandbox from the pool under {@link #COMPILE_LIMITS}, and a clean exit publishes the directory as the cache entry.
 * Compiles of the same key in this process wait for each other, so a key is compiled once.
 *
 * <p>Blame: the compiler failing, or passing a compile limit, is a {@link CompileOutcome.CompileError} (the
 * user's); a missing toolchain or a sandbox fault is a {@link CompileOutcome.CompileFault} (the judge's).
 */
public final class SandboxCompiler implements Compiler {

    /** Limits of a compile step; the CPU time is the language's {@code compile_time}. */
    public static final RunLimits COMPILE_LIMITS = new RunLimits(Duration.ofSeconds(30), Duration.ofSeconds(60),
            ByteSize.ofGiB(2), 128, 256, ByteSize.ofMiB(256), ByteSize.ofMiB(1), ByteSize.ofMiB(64));
    /** Most compiler output returned to the user. */
    public static final int MAX_OUTPUT_BYTES = 64 * 1024;
    /** Largest submission accepted (all files together). */
    public static final long MAX_SOURCE_BYTES = 16L * 1024 * 1024;

    private final Languages languages;
    private final SandboxPool pool;
    private final CompileCache cache;
    private final Function<Language, Optional<String>> versions;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public SandboxCompiler(Languages languages, SandboxPool pool, Path cacheDir) {
        this(languages, pool, cacheDir, ToolchainVersions.shared()::of);
    }

    /** With a version source of its own (tests). */
    SandboxCompiler(Languages languages, SandboxPool pool, Path cacheDir, Function<Language, Optional<String>> versions) {
        this.languages = languages;
        this.pool = pool;
        this.versions = versions;
        try {
            this.cache = new CompileCache(cacheDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the compile cache in " + cacheDir, e);
        }
    }

    @Override
    public CompileOutcome compile(Language language, List<Path> sources, String mainHint, CompileBudget budget) {
        return compile(language, sources, mainHint, budget, List.of());
    }

    @Override
    public CompileOutcome compile(Language language, List<Path> sources, String mainHint, CompileBudget budget,
                                  List<String> options) {
        Map<String, byte[]> files;
        try {
            files = readSources(sources);
        } catch (IOException e) {
            return new CompileOutcome.CompileFault("cannot read the sources: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return new CompileOutcome.CompileError(e.getMessage());
        }
        MainFinder.Entry entry;
        try {
            entry = MainFinder.find(language, files, mainHint);
        } catch (MainFinder.NoMainException e) {
            return new CompileOutcome.CompileError(e.getMessage());
        }
        List<String> sourceNames = MainFinder.sourceFiles(language, entry.files());
        if (sourceNames.isEmpty()) {
            sourceNames = List.of(entry.main());
        }
        Optional<String> version = versions.apply(language);
        if (version.isEmpty()) {
            return new CompileOutcome.CompileFault("the toolchain of " + language.name() + " is not installed here ("
                    + String.join(" ", language.version()) + " fails); run scripts/install-languages.sh");
        }
        try {
            if (!language.prepared()) {
                Path dir = cache.checkout(entry.files());
                return new CompileOutcome.Compiled(program(language, dir, sourceNames, entry), "", false);
            }
            List<String> step = language.compiled() ? language.compile() : language.details().check();
            // a syntax check is not a compile: options go to compilers only (Judge0 ignores them for interpreters)
            List<String> extra = language.compiled() ? List.copyOf(options) : List.of();
            String key = CompileCache.key(language, version.get(), step, extra, entry.main(), entry.mainClass(),
                    entry.files());
            Optional<CompileOutcome> hit = cached(key, language, sourceNames, entry);
            if (hit.isPresent()) {
                return hit.get();
            }
            Object lock = locks.computeIfAbsent(key, k -> new Object());
            synchronized (lock) {
                try {
                    hit = cached(key, language, sourceNames, entry);
                    if (hit.isPresent()) {
                        return hit.get();
                    }
                    return compileMiss(language, version.get(), step, extra, key, entry, sourceNames,
                            limitsFor(language, budget));
                } finally {
                    locks.remove(key);
                }
            }
        } catch (IOException e) {
            return new CompileOutcome.CompileFault("compile cache: " + e);
        }
    }

    /** The cache entry of this key as a program of its own, if the key was compiled before. */
    private Optional<CompileOutcome> cached(String key, Language language, List<String> sourceNames,
                                            MainFinder.Entry entry) throws IOException {
        Optional<CompileCache.Meta> hit = cache.lookup(key);
        if (hit.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CompileOutcome.Compiled(program(language, cache.checkout(key), sourceNames, entry),
                hit.get().output(), true));
    }

    /** The language's compile time and the default memory, unless the problem says otherwise. */
    static RunLimits limitsFor(Language language, CompileBudget budget) {
        Duration cpu = budget.time() != null ? budget.time() : language.details().compileTime();
        ByteSize memory = budget.memory() != null ? budget.memory() : COMPILE_LIMITS.memory();
        return COMPILE_LIMITS.withCpuTime(cpu).withWallTime(cpu.multipliedBy(2).plusSeconds(10)).withMemory(memory);
    }

    private CompileOutcome compileMiss(Language language, String version, List<String> step, List<String> options,
                                       String key, MainFinder.Entry entry, List<String> sourceNames, RunLimits limits)
            throws IOException {
        Path work = cache.newWorkDir();
        Path out = cache.newOutputFile();
        try {
            writeFiles(work, entry.files());
            // the user's options are appended after expansion: they are taken as they are, never as placeholders
            List<String> argv = new ArrayList<>(new Placeholders(sourceNames, entry.main(), entry.mainClass(), null)
                    .expand(step));
            argv.addAll(options);
            RunSpec spec = new RunSpec(argv, Environments.of(language), work, null, out, null, true, limits);
            RunOutcome outcome;
            try (Sandbox box = pool.acquire()) {
                outcome = box.run(spec);
            } catch (RuntimeException e) {
                return new CompileOutcome.CompileFault("sandbox: " + e);
            }
            String output = readOutput(out);
            return switch (outcome) {
                case RunOutcome.Exited e when e.exitCode() == 0 -> {
                    cache.publish(key, work, new CompileCache.Meta(language.id(), version, entry.main(),
                            entry.mainClass(), sourceNames, output));
                    yield new CompileOutcome.Compiled(program(language, cache.checkout(key), sourceNames, entry), output, false);
                }
                case RunOutcome.Exited e -> new CompileOutcome.CompileError(output);
                case RunOutcome.Signalled s when stoppedFromOutside(s.signal()) -> new CompileOutcome.CompileFault(
                        "the compiler was stopped by signal " + s.signal() + ", which no limit of the judge sends: the "
                                + "judge was stopping, or the machine ended it");
                case RunOutcome.Signalled s -> new CompileOutcome.CompileError(
                        note(output, "the compiler was ended by signal " + s.signal()));
                case RunOutcome.TimeLimit t -> new CompileOutcome.CompileError(
                        note(output, "compilation took too long (" + t.kind() + " time limit " + seconds(t, limits) + ")"));
                case RunOutcome.MemoryLimit m -> new CompileOutcome.CompileError(
                        note(output, "compilation used more than " + limits.memory() + " of memory"));
                case RunOutcome.OutputLimit o -> new CompileOutcome.CompileError(
                        note(output, "the compiler printed more than " + limits.outputSize()));
                case RunOutcome.SandboxFault f -> new CompileOutcome.CompileFault("sandbox: " + f.reason());
                case RunOutcome.NotStarted n -> new CompileOutcome.CompileFault("the compiler of " + language.name()
                        + " could not be started (" + n.reason() + "); run scripts/install-languages.sh");
            };
        } finally {
            Directories.delete(work);
            Files.deleteIfExists(out);
        }
    }

    /**
     * SIGHUP, SIGINT, SIGKILL, SIGTERM: what a service manager stopping the judge (to every process of its tree), an
     * operator or the kernel's OOM killer sends. Compiling a source ends in a crash signal, if in any; and the limits
     * that stop a compile are reported as such, never as a signal.
     */
    private static boolean stoppedFromOutside(int signal) {
        return signal == 1 || signal == 2 || signal == 9 || signal == 15;
    }

    private static String seconds(RunOutcome.TimeLimit t, RunLimits limits) {
        Duration d = t.kind() == RunOutcome.TimeLimit.Kind.CPU ? limits.cpuTime() : limits.wallTime();
        return d.toSeconds() + " s";
    }

    private static String note(String output, String note) {
        return output.isEmpty() ? note : output + (output.endsWith("\n") ? "" : "\n") + note;
    }

    private PreparedProgram program(Language language, Path dir, List<String> sourceNames, MainFinder.Entry entry) {
        return new PreparedProgram(language, dir, sourceNames, entry.main(), entry.mainClass());
    }

    /** The languages this compiler was made with. */
    public Languages languages() {
        return languages;
    }

    private static String readOutput(Path out) throws IOException {
        if (!Files.exists(out)) {
            return "";
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(out)) {
            bytes = in.readNBytes(MAX_OUTPUT_BYTES + 1);
        }
        if (bytes.length > MAX_OUTPUT_BYTES) {
            return new String(bytes, 0, MAX_OUTPUT_BYTES, StandardCharsets.UTF_8) + "\n[compiler output truncated at 64 KiB]";
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * The files of a submission by relative name: each file by its name, each folder by every regular file under
     * it (relative to the folder; symbolic links are ignored).
     */
    static Map<String, byte[]> readSources(List<Path> sources) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        long total = 0;
        for (Path p : sources) {
            List<Path> found = new ArrayList<>();
            Path base;
            if (Files.isDirectory(p)) {
                base = p;
                try (Stream<Path> s = Files.walk(p)) {
                    // Symbolic links are left out: a link in an unpacked submission must not read a host file.
                    s.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).sorted().forEach(found::add);
                }
            } else {
                base = p.toAbsolutePath().getParent();
                found.add(p.toAbsolutePath());
            }
            for (Path f : found) {
                String name = base.toAbsolutePath().relativize(f.toAbsolutePath()).toString().replace('\\', '/');
                if (name.startsWith("..") || name.startsWith("/")) {
                    throw new IllegalArgumentException("bad source file name: " + name);
                }
                total += Files.size(f);
                if (total > MAX_SOURCE_BYTES) {
                    throw new IllegalArgumentException("the submission is larger than " + MAX_SOURCE_BYTES / (1024 * 1024) + " MiB");
                }
                if (files.put(name, Files.readAllBytes(f)) != null) {
                    throw new IllegalArgumentException("two source files are both named " + name);
                }
            }
        }
        return files;
    }

    static void writeFiles(Path dir, Map<String, byte[]> files) throws IOException {
        for (var f : files.entrySet()) {
            Path target = dir.resolve(f.getKey()).normalize();
            if (!target.startsWith(dir)) {
                throw new IOException("source file outside the work dir: " + f.getKey());
            }
            Path parent = target.getParent();
            if (!parent.equals(dir) && !Files.isDirectory(parent)) {
                Files.createDirectories(parent);
                for (Path d = parent; !d.equals(dir); d = d.getParent()) {
                    FileTrees.openDir(d);
                }
            }
            Files.write(target, f.getValue());
        }
    }
}
