package dev.gavel.judge.language;

import dev.gavel.judge.Directories;
import dev.gavel.judge.RunVerdicts;
import dev.gavel.judge.Verdict;
import dev.gavel.sandbox.ByteSize;
import dev.gavel.sandbox.RunLimits;
import dev.gavel.sandbox.RunOutcome;
import dev.gavel.sandbox.RunSpec;
import dev.gavel.sandbox.Sandbox;
import dev.gavel.sandbox.SandboxPool;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Proves that a language's toolchain works here: compiles and runs its {@link SelfTest} suite in the sandbox and
 * checks every outcome through {@link RunVerdicts}, the same mapping that judges submissions.
 */
public final class LanguageVerifier {

    /** Limits of a self-test run (before {@link Executable#adjust}); the TLE test gets {@link #TLE_CPU}. */
    public static final RunLimits TEST_LIMITS = new RunLimits(Duration.ofSeconds(10), Duration.ofSeconds(30),
            ByteSize.ofMiB(256), 1, 64, ByteSize.ofMiB(16), ByteSize.ofMiB(1), ByteSize.ofMiB(256));
    static final Duration TLE_CPU = Duration.ofSeconds(1);
    private static final int STDERR_TAIL = 8 * 1024;

    /**
     * One test's result; {@code actual} is a verdict name, or a description of what went wrong; {@code took} is the
     * time of its compile (or cache hit) and run.
     */
    public record TestResult(String test, Verdict expected, String actual, boolean passed, String detail, Duration took) {
    }

    /** A language's verification: its toolchain version (empty = not installed) and every test's result. */
    public record Report(Language language, Optional<String> version, List<TestResult> results, Duration took) {

        public boolean installed() {
            return version.isPresent();
        }

        public boolean verified() {
            return installed() && !results.isEmpty() && results.stream().allMatch(TestResult::passed);
        }

        public List<String> failures() {
            return results.stream().filter(r -> !r.passed())
                    .map(r -> r.test() + ": expected " + r.expected() + ", got " + r.actual()
                            + (r.detail().isEmpty() ? "" : " (" + r.detail() + ")"))
                    .toList();
        }
    }

    private final Compiler compiler;
    private final SandboxPool pool;
    private final Path scratch;
    private final Function<Language, Optional<String>> versions;

    /**
     * @param compiler compiles the test programs (a {@link SandboxCompiler}; its cache makes re-verifying cheap)
     * @param pool     sandboxes to run them in
     * @param scratch  a directory for test sources and outputs
     */
    public LanguageVerifier(Compiler compiler, SandboxPool pool, Path scratch) {
        this(compiler, pool, scratch, ToolchainVersions.shared()::of);
    }

    LanguageVerifier(Compiler compiler, SandboxPool pool, Path scratch, Function<Language, Optional<String>> versions) {
        this.compiler = compiler;
        this.pool = pool;
        this.scratch = scratch;
        this.versions = versions;
    }

    /**
     * Verifies several languages, {@code parallelism} at a time (slow compilers first), reporting each as it ends.
     * The result is in the order given.
     */
    public List<Report> verifyAll(List<Language> languages, int parallelism, Consumer<Report> progress) {
        ExecutorService exec = Executors.newFixedThreadPool(Math.max(1, parallelism));
        try {
            List<Language> byCost = new ArrayList<>(languages);
            byCost.sort(Comparator.comparingInt(LanguageVerifier::cost).reversed());
            List<Future<Report>> futures = new ArrayList<>();
            for (Language l : byCost) {
                futures.add(exec.submit(() -> {
                    Report r;
                    try {
                        r = verify(l);
                    } catch (RuntimeException e) {
                        // One language's trouble (a full disk, a broken helper) must not hide the others' results.
                        r = new Report(l, versions.apply(l), List.of(new TestResult("suite", Verdict.AC, "SE", false,
                                e.toString(), Duration.ZERO)), Duration.ZERO);
                    }
                    progress.accept(r);
                    return r;
                }));
            }
            List<Report> reports = new ArrayList<>();
            for (Future<Report> f : futures) {
                reports.add(f.get());
            }
            reports.sort(Comparator.comparingInt(r -> languages.indexOf(r.language())));
            return reports;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("verification interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("verification failed: " + e.getCause(), e.getCause());
        } finally {
            exec.shutdownNow();
        }
    }

    /** A rough order of how long a language takes to verify, to start the slow ones first. */
    private static int cost(Language l) {
        int c = l.memoryModel() == Language.MemoryModel.JVM ? 4 : 0;
        return c + (l.compiled() ? 2 : 0) + (l.details().compileTime().toSeconds() > 30 ? 2 : 0);
    }

    /** Runs the whole suite of one language. */
    public Report verify(Language language) {
        long start = System.nanoTime();
        Optional<String> version = versions.apply(language);
        List<TestResult> results = new ArrayList<>();
        if (version.isPresent()) {
            List<SelfTest> suite = SelfTest.suiteOf(language);
            if (suite.isEmpty()) {
                results.add(new TestResult("suite", Verdict.AC, "missing", false,
                        "no self-test in selftest/" + language.id() + "/", Duration.ZERO));
            }
            for (SelfTest t : suite) {
                long t0 = System.nanoTime();
                TestResult r = run(language, t);
                results.add(new TestResult(r.test(), r.expected(), r.actual(), r.passed(), r.detail(),
                        Duration.ofNanos(System.nanoTime() - t0)));
            }
        }
        return new Report(language, version, results, Duration.ofNanos(System.nanoTime() - start));
    }

    private TestResult run(Language language, SelfTest test) {
        Path dir;
        try {
            dir = Files.createTempDirectory(Files.createDirectories(scratch), language.id() + "-" + test.name() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch directory in " + scratch, e);
        }
        try {
            Path src = Files.createDirectory(dir.resolve("src")).resolve(language.details().sourceName());
            Files.writeString(src, test.source());
            CompileOutcome compiled = compiler.compile(language, List.of(src), null);
            return switch (compiled) {
                case CompileOutcome.CompileError ce -> result(test, "CE", firstLines(ce.output()));
                case CompileOutcome.CompileFault cf -> result(test, "SE", "compile fault: " + cf.reason());
                case CompileOutcome.Compiled c -> {
                    try {
                        yield test.expected() == Verdict.CE
                                ? result(test, "compiled", "a program that must not compile did")
                                : execute(language, test, c.executable(), dir);
                    } finally {
                        c.executable().discard();
                    }
                }
            };
        } catch (IOException e) {
            return result(test, "SE", e.toString());
        } finally {
            try {
                Directories.delete(dir);
            } catch (IOException ignored) {
                // scratch space; a leftover is harmless
            }
        }
    }

    private TestResult execute(Language language, SelfTest test, Executable exe, Path dir) throws IOException {
        RunLimits limits = test.expected() == Verdict.TLE ? TEST_LIMITS.withCpuTime(TLE_CPU) : TEST_LIMITS;
        limits = exe.adjust(limits);
        Path in = dir.resolve("stdin");
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        Files.writeString(in, test.stdin());
        RunSpec spec = new RunSpec(exe.runArgv(limits.memory()), exe.runEnv(), exe.dir(), in, out, err, false, limits);
        RunOutcome outcome;
        try (Sandbox box = pool.acquire()) {
            outcome = box.run(spec);
        }
        String stderrTail = tail(err);
        Optional<Verdict> verdict = RunVerdicts.of(outcome, language, stderrTail);
        String actual;
        String detail = describe(outcome);
        if (verdict.isPresent()) {
            actual = verdict.get().name();
            if (!stderrTail.isBlank() && verdict.get() != test.expected()) {
                detail += "; stderr: " + firstLines(stderrTail);
            }
        } else {
            String got = Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
            boolean same = got.strip().equals(test.output().strip());
            actual = same ? "AC" : "WA";
            if (!same) {
                detail += "; output: " + firstLines(got) + (stderrTail.isBlank() ? "" : "; stderr: " + firstLines(stderrTail));
            }
        }
        return result(test, actual, detail);
    }

    private static TestResult result(SelfTest test, String actual, String detail) {
        return new TestResult(test.name(), test.expected(), actual, actual.equals(test.expected().name()), detail,
                Duration.ZERO);
    }

    private static String describe(RunOutcome o) {
        String what = switch (o) {
            case RunOutcome.Exited e -> "exit " + e.exitCode();
            case RunOutcome.Signalled s -> "signal " + s.signal();
            case RunOutcome.TimeLimit t -> t.kind() + " time limit";
            case RunOutcome.MemoryLimit m -> "memory limit";
            case RunOutcome.OutputLimit ol -> "output limit";
            case RunOutcome.SandboxFault f -> "sandbox fault: " + f.reason();
            case RunOutcome.NotStarted n -> "could not be started: " + n.reason();
        };
        return what + ", " + o.usage().cpuTime().toMillis() + " ms CPU, " + o.usage().peakMemory().kib() + " KiB";
    }

    private static String tail(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "";
        }
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long len = f.length();
            long from = Math.max(0, len - STDERR_TAIL);
            byte[] b = new byte[(int) (len - from)];
            f.seek(from);
            f.readFully(b);
            return new String(b, StandardCharsets.UTF_8);
        }
    }

    private static String firstLines(String s) {
        String t = s.strip();
        String[] lines = t.split("\n");
        String joined = String.join(" | ", List.of(lines).subList(0, Math.min(3, lines.length)));
        return joined.length() > 300 ? joined.substring(0, 300) + "..." : joined;
    }
}
