package dev.gavel.judge.execution;

import dev.gavel.judge.language.CompileBudget;
import dev.gavel.judge.language.CompileOutcome;
import dev.gavel.judge.language.Compiler;
import dev.gavel.judge.language.Executable;
import dev.gavel.judge.language.Language;
import dev.gavel.judge.testkit.HostLanguages;
import dev.gavel.sandbox.ByteSize;
import dev.gavel.sandbox.RunLimits;
import dev.gavel.sandbox.RunOutcome;
import dev.gavel.sandbox.RunSpec;
import dev.gavel.sandbox.RunUsage;
import dev.gavel.sandbox.Sandbox;
import dev.gavel.sandbox.SandboxPool;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The executor's own logic with a pretend compiler and sandbox: what it asks for and how it reads the answers. */
class ExecutorTest {

    private static final Language C = HostLanguages.C;

    @TempDir
    Path tmp;

    private final List<RunSpec> runs = new ArrayList<>();
    private final List<List<String>> options = new ArrayList<>();
    private Function<RunSpec, RunOutcome> program;
    private CompileOutcome compileOutcome;
    private boolean discarded;

    /** A program in a fresh directory whose run argv is {@code ./prog}; adjust raises processes to 4. */
    private final class FakeProgram implements Executable {
        private final Path dir;

        FakeProgram(Path dir) {
            this.dir = dir;
        }

        @Override
        public Language language() {
            return HostLanguages.PYTHON; // its out-of-memory marker is "MemoryError"
        }

        @Override
        public Path dir() {
            return dir;
        }

        @Override
        public List<String> runArgv(ByteSize memoryLimit) {
            return List.of("./prog", "--memory=" + memoryLimit.mib());
        }

        @Override
        public Map<String, String> runEnv() {
            return Map.of("PATH", "/bin");
        }

        @Override
        public RunLimits adjust(RunLimits l) {
            return l.processes() < 4 ? l.withProcesses(4) : l;
        }

        @Override
        public void discard() {
            discarded = true;
        }
    }

    private final Compiler compiler = new Compiler() {
        @Override
        public CompileOutcome compile(Language language, List<Path> sources, String mainHint, CompileBudget budget) {
            return compile(language, sources, mainHint, budget, List.of());
        }

        @Override
        public CompileOutcome compile(Language language, List<Path> sources, String mainHint, CompileBudget budget,
                                      List<String> opts) {
            options.add(opts);
            assertEquals(1, sources.size());
            assertEquals(language.details().sourceName(), sources.get(0).getFileName().toString());
            return compileOutcome;
        }
    };

    private final SandboxPool pool = new SandboxPool() {
        @Override
        public Sandbox acquire() {
            return new Sandbox() {
                @Override
                public RunOutcome run(RunSpec spec) {
                    runs.add(spec);
                    return program.apply(spec);
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void setUp() throws IOException {
        compileOutcome = new CompileOutcome.Compiled(new FakeProgram(Files.createDirectories(tmp.resolve("prog"))),
                "warning: unused\n", false);
        program = spec -> new RunOutcome.Exited(0, usage(100));
    }

    private static RunUsage usage(long cpuMillis) {
        return new RunUsage(Duration.ofMillis(cpuMillis), Duration.ofMillis(cpuMillis + 5), ByteSize.ofMiB(3),
                false, false, Map.of());
    }

    private ExecutionResult execute(ExecutionRequest r) {
        return new Executor(compiler, pool, tmp.resolve("scratch")).execute(r);
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theRunGetsTheRequestsLimitsArgumentsStdinAndOptions() {
        List<String> stdinSeen = new ArrayList<>();
        program = spec -> {
            try {
                stdinSeen.add(Files.readString(spec.stdin()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            write(spec.stdout(), "out");
            write(spec.stderr(), "err");
            return new RunOutcome.Exited(0, usage(100));
        };
        ExecutionLimits limits = new ExecutionLimits(Duration.ofSeconds(2), Duration.ofMillis(500),
                Duration.ofSeconds(7), ByteSize.ofMiB(100), ByteSize.ofMiB(8), 1, ByteSize.ofKiB(64));
        ExecutionResult r = execute(ExecutionRequest.of(C, "int main(){}").withStdin("in\n").withLimits(limits)
                .withArguments(List.of("x", "y z")).withCompilerOptions(List.of("-DX=1")));
        assertEquals(new ExecutionStatus.Exited(0), r.status(), r.toString());
        assertEquals("out", new String(r.stdout()));
        assertEquals("err", new String(r.stderr()));
        assertEquals("warning: unused\n", r.compileOutput());
        assertEquals(Duration.ofMillis(100), r.cpuTime());
        assertEquals(Duration.ofMillis(105), r.wallTime());
        assertEquals(ByteSize.ofMiB(3), r.peakMemory());
        assertEquals(List.of(List.of("-DX=1")), options);
        assertEquals(List.of("in\n"), stdinSeen);
        RunSpec spec = runs.get(0);
        assertEquals(List.of("./prog", "--memory=100", "x", "y z"), spec.argv());
        assertEquals(tmp.resolve("prog"), spec.workDir());
        assertEquals(Map.of("PATH", "/bin"), spec.env());
        RunLimits l = spec.limits();
        assertEquals(Duration.ofMillis(2500), l.cpuTime());
        assertEquals(Duration.ofSeconds(7), l.wallTime());
        assertEquals(ByteSize.ofMiB(100), l.memory());
        assertEquals(ByteSize.ofMiB(8), l.stack());
        assertEquals(4, l.processes(), "the executable's adjustment was not applied");
        assertEquals(ByteSize.ofKiB(64), l.fileSize());
        assertEquals(ByteSize.ofKiB(64), l.outputSize());
        assertTrue(!spec.stderrToStdout());
        assertTrue(discarded);
    }

    @Test
    void redirectedStderrGoesToStdout() {
        execute(ExecutionRequest.of(C, "x").withRedirectStderrToStdout(true));
        assertTrue(runs.get(0).stderrToStdout());
        assertNull(runs.get(0).stderr());
    }

    @Test
    void cpuTimeOverTheLimitIsATimeLimitEvenWhenTheProgramEndedByItself() {
        program = spec -> new RunOutcome.Exited(1, usage(2300));
        ExecutionResult r = execute(ExecutionRequest.of(C, "x"));
        assertEquals(new ExecutionStatus.TimeLimit(ExecutionStatus.TimeLimit.Kind.CPU), r.status());
        assertEquals("Time limit exceeded (cpu 2.300 s > 2.000 s)", r.message());
        assertEquals(1, r.exitCode());

        program = spec -> new RunOutcome.Signalled(11, usage(2100));
        ExecutionResult s = execute(ExecutionRequest.of(C, "x"));
        assertEquals(new ExecutionStatus.TimeLimit(ExecutionStatus.TimeLimit.Kind.CPU), s.status());
        assertEquals(11, s.exitSignal());

        program = spec -> new RunOutcome.TimeLimit(RunOutcome.TimeLimit.Kind.CPU, usage(2500));
        assertEquals("Time limit exceeded (cpu 2.500 s > 2.000 s, stopped at 2.500 s)",
                execute(ExecutionRequest.of(C, "x")).message());
    }

    @Test
    void aRuntimeSayingItRanOutOfMemoryIsAMemoryLimit() {
        program = spec -> {
            write(spec.stderr(), "Traceback (most recent call last):\n  File \"main.py\"\nMemoryError\n");
            return new RunOutcome.Exited(1, usage(100));
        };
        ExecutionResult r = execute(ExecutionRequest.of(C, "x"));
        assertEquals(new ExecutionStatus.MemoryLimit(), r.status());
        assertEquals("Memory limit exceeded (MemoryError)", r.message());
        assertEquals(1, r.exitCode());

        program = spec -> {
            write(spec.stderr(), "MemoryError is just a word here\n");
            return new RunOutcome.Exited(0, usage(100));
        };
        assertEquals(new ExecutionStatus.Exited(0), execute(ExecutionRequest.of(C, "x")).status());
    }

    @Test
    void aProgramThatCannotBeExecutedIsNotAnInternalError() {
        program = spec -> new RunOutcome.NotStarted("execve: Exec format error", RunUsage.none());
        ExecutionResult r = execute(ExecutionRequest.of(C, "x"));
        assertEquals(new ExecutionStatus.CannotExecute("execve: Exec format error"), r.status());
        assertEquals("Cannot execute the program: execve: Exec format error", r.message());
    }

    @Test
    void judgeSideFailuresAreInternalErrorsAndNeverThrow() {
        program = spec -> new RunOutcome.SandboxFault("helper died", RunUsage.none());
        ExecutionResult fault = execute(ExecutionRequest.of(C, "x"));
        assertEquals(new ExecutionStatus.InternalError("sandbox: helper died"), fault.status());
        assertEquals("Internal error: sandbox: helper died", fault.message());
        assertTrue(discarded);

        program = spec -> {
            throw new IllegalStateException("boom");
        };
        ExecutionResult thrown = execute(ExecutionRequest.of(C, "x"));
        assertInstanceOf(ExecutionStatus.InternalError.class, thrown.status());
        assertTrue(thrown.message().contains("boom"), thrown.message());

        compileOutcome = new CompileOutcome.CompileFault("gcc is not installed");
        assertEquals(new ExecutionStatus.InternalError("cannot compile: gcc is not installed"),
                execute(ExecutionRequest.of(C, "x")).status());

        compileOutcome = null;
        ExecutionResult npe = execute(ExecutionRequest.of(C, "x"));
        assertInstanceOf(ExecutionStatus.InternalError.class, npe.status());
        try (var left = Files.list(tmp.resolve("scratch"))) {
            assertEquals(0, left.count(), "scratch directories were left behind");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aCompilerThatTakesNoOptionsRefusesThemRatherThanIgnoreThem() {
        Executor host = new Executor(new HostLanguages(tmp.resolve("host")), pool, tmp.resolve("scratch"));
        ExecutionResult r = host.execute(ExecutionRequest.of(C, "int main(){}").withCompilerOptions(List.of("-O0")));
        assertEquals(new ExecutionStatus.InternalError("cannot compile: HostLanguages takes no compiler options"),
                r.status());
        assertTrue(runs.isEmpty());
    }

    @Test
    void aCompileErrorRunsNothing() {
        compileOutcome = new CompileOutcome.CompileError("main.c:1: error: expected ';'\n");
        ExecutionResult r = execute(ExecutionRequest.of(C, "x"));
        assertEquals(new ExecutionStatus.CompileError(), r.status());
        assertEquals("main.c:1: error: expected ';'\n", r.compileOutput());
        assertEquals("Compilation error: main.c:1: error: expected ';'", r.message());
        assertTrue(runs.isEmpty());
    }
}
