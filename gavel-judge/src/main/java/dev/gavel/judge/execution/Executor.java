package dev.gavel.judge.execution;

import dev.gavel.judge.Directories;
import dev.gavel.judge.TextExcerpt;
import dev.gavel.judge.language.CompileBudget;
import dev.gavel.judge.language.CompileOutcome;
import dev.gavel.judge.language.Compiler;
import dev.gavel.judge.language.Executable;
import dev.gavel.judge.language.Language;
import dev.gavel.sandbox.RunLimits;
import dev.gavel.sandbox.RunOutcome;
import dev.gavel.sandbox.RunSpec;
import dev.gavel.sandbox.RunUsage;
import dev.gavel.sandbox.Sandbox;
import dev.gavel.sandbox.SandboxPool;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compiles one source file and runs it once: the engine of a Judge0-style execution API. Thread-safe: each call
 * has its own scratch directory and takes its own sandbox from the pool.
 *
 * <p>Per call: the source is written to a scratch directory under its language's source name and compiled through
 * the {@link Compiler} with the request's compiler options (cached like any compile); the program then runs once in
 * a sandbox with the request's stdin and command-line arguments, stopped at CPU time + extra time, the wall time or
 * the memory limit, with stdout and stderr kept up to the maximum file size. The compiled program and the scratch
 * directory are removed afterwards.
 */
public final class Executor {

    /** How much of the end of stderr is searched for the runtime's out-of-memory words. */
    private static final int OUT_OF_MEMORY_TAIL = 4096;

    private final Compiler compiler;
    private final SandboxPool pool;
    private final Path scratchRoot;

    /**
     * @param compiler    compiles the sources (with compiler options: a {@code SandboxCompiler})
     * @param pool        sandboxes to run in
     * @param scratchRoot where per-execution scratch directories are made and removed
     */
    public Executor(Compiler compiler, SandboxPool pool, Path scratchRoot) {
        this.compiler = compiler;
        this.pool = pool;
        this.scratchRoot = scratchRoot;
    }

    /** Compiles and runs; never throws: a judge-side failure is an {@link ExecutionStatus.InternalError}. */
    public ExecutionResult execute(ExecutionRequest request) {
        Path scratch = null;
        try {
            Files.createDirectories(scratchRoot);
            scratch = Files.createTempDirectory(scratchRoot, "exec-");
            return executeIn(request, scratch);
        } catch (Exception | StackOverflowError e) {
            return ExecutionResult.internalError(e.toString(), "");
        } finally {
            if (scratch != null) Directories.deleteQuietly(scratch);
        }
    }

    private ExecutionResult executeIn(ExecutionRequest request, Path scratch) throws IOException {
        Language language = request.language();
        Path source = Files.createDirectory(scratch.resolve("src")).resolve(language.details().sourceName());
        Files.write(source, request.source());
        CompileOutcome compiled;
        try {
            compiled = compiler.compile(language, List.of(source), null, CompileBudget.LANGUAGE_DEFAULTS,
                    request.compilerOptions());
        } catch (RuntimeException e) {
            return ExecutionResult.internalError("the compiler failed: " + e, "");
        }
        switch (compiled) {
            case CompileOutcome.CompileError e -> {
                return ExecutionResult.notRun(new ExecutionStatus.CompileError(), e.output(),
                        "Compilation error: " + TextExcerpt.firstLines(e.output(), 5));
            }
            case CompileOutcome.CompileFault f -> {
                return ExecutionResult.internalError("cannot compile: " + f.reason(), "");
            }
            case CompileOutcome.Compiled c -> {
                try {
                    return run(request, c.executable(), c.output(), scratch);
                } finally {
                    discard(c.executable());
                }
            }
        }
    }

    private ExecutionResult run(ExecutionRequest request, Executable exe, String compileOutput, Path scratch)
            throws IOException {
        ExecutionLimits l = request.limits();
        RunLimits limits = exe.adjust(new RunLimits(l.stopAt(), l.wallTime(), l.memory(), l.processes(),
                RunLimits.defaults().openFiles(), l.maxFileSize(), l.maxFileSize(), l.stack()));
        boolean merged = request.redirectStderrToStdout();
        Path in = Files.write(scratch.resolve("stdin"), request.stdin());
        Path out = scratch.resolve("stdout");
        Path err = scratch.resolve("stderr");
        List<String> argv = new ArrayList<>(exe.runArgv(limits.memory()));
        argv.addAll(request.arguments());
        RunSpec spec = new RunSpec(argv, exe.runEnv(), exe.dir(), in, out, merged ? null : err, merged, limits);
        RunOutcome outcome;
        try (Sandbox box = pool.acquire()) {
            outcome = box.run(spec);
        } catch (RuntimeException e) {
            return ExecutionResult.internalError("sandbox: " + e, compileOutput);
        }
        int cap = (int) Math.min(Integer.MAX_VALUE - 8, l.maxFileSize().bytes());
        byte[] stdout = read(out, cap);
        byte[] stderr = merged ? new byte[0] : read(err, cap);
        String oom = outOfMemoryLine(exe.language(), tail(merged ? stdout : stderr));
        return new Ending(outcome, l, oom).result(compileOutput, stdout, stderr);
    }

    /** Turns how the run ended into a status, exit code, signal and message. */
    private record Ending(RunOutcome outcome, ExecutionLimits limits, String outOfMemory) {

        ExecutionResult result(String compileOutput, byte[] stdout, byte[] stderr) {
            RunUsage u = outcome.usage();
            Integer exitCode = outcome instanceof RunOutcome.Exited e ? e.exitCode() : null;
            Integer signal = outcome instanceof RunOutcome.Signalled s ? s.signal() : null;
            ExecutionStatus status;
            String message;
            boolean overCpu = u.cpuTime().compareTo(limits.cpuTime()) > 0;
            boolean failed = signal != null || (exitCode != null && exitCode != 0);
            switch (outcome) {
                case RunOutcome.SandboxFault f -> {
                    return ExecutionResult.internalError("sandbox: " + f.reason(), compileOutput);
                }
                case RunOutcome.NotStarted n -> {
                    status = new ExecutionStatus.CannotExecute(n.reason());
                    message = "Cannot execute the program: " + n.reason();
                }
                case RunOutcome.TimeLimit t when t.kind() == RunOutcome.TimeLimit.Kind.WALL -> {
                    status = new ExecutionStatus.TimeLimit(ExecutionStatus.TimeLimit.Kind.WALL);
                    message = "Time limit exceeded (wall time " + secs(u.wallTime()) + " s, limit "
                            + secs(limits.wallTime()) + " s; cpu " + secs(u.cpuTime()) + " s)";
                }
                case RunOutcome.TimeLimit t -> {
                    status = new ExecutionStatus.TimeLimit(ExecutionStatus.TimeLimit.Kind.CPU);
                    message = overCpu ? cpuMessage(u) + ", stopped at " + secs(limits.stopAt()) + " s)"
                            : "Time limit exceeded (stopped at " + secs(limits.stopAt()) + " s of cpu)";
                }
                case RunOutcome.MemoryLimit m -> {
                    status = new ExecutionStatus.MemoryLimit();
                    message = "Memory limit exceeded (peak " + u.peakMemory().kib() + " KiB, limit "
                            + limits.memory().kib() + " KiB)";
                }
                case RunOutcome.OutputLimit o -> {
                    status = new ExecutionStatus.OutputLimit();
                    message = "Output limit exceeded (more than " + limits.maxFileSize().kib()
                            + " KiB of stdout or stderr)";
                }
                case RunOutcome.Exited e when overCpu -> {
                    status = new ExecutionStatus.TimeLimit(ExecutionStatus.TimeLimit.Kind.CPU);
                    message = cpuMessage(u) + ")";
                }
                case RunOutcome.Signalled s when overCpu -> {
                    status = new ExecutionStatus.TimeLimit(ExecutionStatus.TimeLimit.Kind.CPU);
                    message = cpuMessage(u) + ")";
                }
                case RunOutcome.Exited e when failed && outOfMemory != null -> {
                    status = new ExecutionStatus.MemoryLimit();
                    message = "Memory limit exceeded (" + outOfMemory + ")";
                }
                case RunOutcome.Signalled s when outOfMemory != null -> {
                    status = new ExecutionStatus.MemoryLimit();
                    message = "Memory limit exceeded (" + outOfMemory + ")";
                }
                case RunOutcome.Exited e -> {
                    status = new ExecutionStatus.Exited(e.exitCode());
                    message = e.exitCode() == 0 ? "" : "Exited with error status " + e.exitCode();
                }
                case RunOutcome.Signalled s -> {
                    status = new ExecutionStatus.Signalled(s.signal());
                    message = "Killed by signal " + s.signal() + signalName(s.signal());
                }
            }
            return new ExecutionResult(status, compileOutput, stdout, stderr, u.cpuTime(), u.wallTime(),
                    u.peakMemory(), exitCode, signal, message);
        }

        private String cpuMessage(RunUsage u) {
            return "Time limit exceeded (cpu " + secs(u.cpuTime()) + " s > " + secs(limits.cpuTime()) + " s";
        }
    }

    static String secs(Duration d) {
        // milliseconds, as the sandbox measures: two places would show 0.503 s over 0.5 s as "0.50 s > 0.50 s"
        return String.format(Locale.ROOT, "%.3f", d.toNanos() / 1e9);
    }

    private static String signalName(int signal) {
        return switch (signal) {
            case 4 -> " (SIGILL)";
            case 6 -> " (SIGABRT)";
            case 7 -> " (SIGBUS)";
            case 8 -> " (SIGFPE)";
            case 9 -> " (SIGKILL)";
            case 11 -> " (SIGSEGV)";
            case 13 -> " (SIGPIPE)";
            case 15 -> " (SIGTERM)";
            case 24 -> " (SIGXCPU)";
            case 25 -> " (SIGXFSZ)";
            case 31 -> " (SIGSYS)";
            default -> "";
        };
    }

    /** The line in which the runtime says it ran out of memory, or null. */
    private static String outOfMemoryLine(Language language, String tail) {
        for (String line : tail.split("\n")) {
            if (language.outOfMemoryMarkers().stream().anyMatch(line::contains)) {
                return TextExcerpt.cut(line.strip(), 200);
            }
        }
        return null;
    }

    private static String tail(byte[] output) {
        int n = Math.min(output.length, OUT_OF_MEMORY_TAIL);
        return new String(output, output.length - n, n, StandardCharsets.UTF_8);
    }

    private static byte[] read(Path file, int cap) throws IOException {
        if (!Files.isRegularFile(file)) return new byte[0];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(cap);
        }
    }

    private static void discard(Executable exe) {
        try {
            exe.discard();
        } catch (RuntimeException ignored) {
            // a leftover program directory is not worth turning a result into an internal error
        }
    }
}
