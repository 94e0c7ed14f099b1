package dev.gavel.judge.execution;

import dev.gavel.judge.language.Language;
import dev.gavel.judge.language.LanguageCatalog;
import dev.gavel.judge.language.Languages;
import dev.gavel.judge.language.SandboxCompiler;
import dev.gavel.sandbox.ByteSize;
import dev.gavel.sandbox.SandboxPool;
import dev.gavel.sandbox.Sandboxes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One-shot executions for real: the gavel-box sandbox, the built-in C and Python, a real compile cache. */
@Tag("sandbox")
class ExecutorSandboxTest {

    @TempDir
    static Path tmp;
    static SandboxPool pool;
    static Language c;
    static Language python;
    static Executor executor;

    @BeforeAll
    static void start() {
        Languages languages = LanguageCatalog.builtIn();
        c = languages.byId("c").orElseThrow();
        python = languages.byId("python3").orElseThrow();
        pool = Sandboxes.pool(2);
        executor = new Executor(new SandboxCompiler(languages, pool, tmp.resolve("cache")), pool,
                tmp.resolve("scratch"));
    }

    @AfterAll
    static void stop() {
        if (pool != null) pool.close();
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    private static ExecutionResult run(ExecutionRequest r) {
        return executor.execute(r);
    }

    private static ExecutionRequest cProgram(String body) {
        return ExecutionRequest.of(c, """
                #include <stdio.h>
                #include <stdlib.h>
                #include <string.h>
                #include <time.h>
                #include <unistd.h>
                int main(int argc, char **argv) {
                """ + body + "\n}\n");
    }

    private static ExecutionLimits limits() {
        return ExecutionLimits.judge0Defaults();
    }

    @Test
    void cHelloWorldReadsStdin() throws Exception {
        ExecutionResult r = run(cProgram("""
                char name[64];
                if (scanf("%63s", name) != 1) return 2;
                printf("hello, %s\\n", name);
                return 0;""").withStdin("world\n"));
        assertEquals(new ExecutionStatus.Exited(0), r.status(), r.toString());
        assertEquals("hello, world\n", text(r.stdout()));
        assertEquals("", text(r.stderr()));
        assertEquals(0, r.exitCode());
        assertNull(r.exitSignal());
        assertEquals("", r.message());
        assertTrue(r.exitedCleanly());
        assertTrue(r.outputMatches("hello, world".getBytes()));
        assertTrue(!r.outputMatches("hello, World".getBytes()));
        assertTrue(r.wallTime().compareTo(Duration.ZERO) > 0, r.toString());
        assertTrue(r.peakMemory().bytes() > 0, r.toString());
        try (var left = Files.list(tmp.resolve("scratch"))) {
            assertEquals(0, left.count(), "the scratch directory was left behind");
        }
        try (var left = Files.list(tmp.resolve("cache").resolve("exec"))) {
            assertEquals(0, left.count(), "the compiled program was not discarded");
        }
    }

    @Test
    void pythonGetsItsCommandLineArguments() {
        ExecutionResult r = run(ExecutionRequest.of(python, """
                import sys
                print(len(sys.argv) - 1)
                print('|'.join(sys.argv[1:]))
                """).withArguments(List.of("a b", "c", "$HOME")));
        assertEquals(new ExecutionStatus.Exited(0), r.status(), r.toString());
        assertEquals("3\na b|c|$HOME\n", text(r.stdout()));
    }

    @Test
    void aCompileErrorCarriesTheCompilersWords() {
        ExecutionResult r = run(cProgram("return undefined_variable;"));
        assertInstanceOf(ExecutionStatus.CompileError.class, r.status(), r.toString());
        assertTrue(r.compileOutput().contains("undefined_variable"), r.compileOutput());
        assertTrue(r.message().startsWith("Compilation error: "), r.message());
        assertTrue(r.message().contains("undefined_variable"), r.message());
        assertEquals(0, r.stdout().length);
        assertNull(r.exitCode());
        assertEquals(Duration.ZERO, r.cpuTime());
    }

    @Test
    void compilerOptionsChangeTheProgramAndAreNotConfusedWithACompileWithoutThem() {
        ExecutionRequest plain = ExecutionRequest.of(c, """
                #include <stdio.h>
                #ifndef X
                #define X 1
                #endif
                int main(void) { printf("%d\\n", X); return 0; }
                """);
        assertEquals("1\n", text(run(plain).stdout()));
        assertEquals("5\n", text(run(plain.withCompilerOptions(List.of("-DX=5"))).stdout()));
        assertEquals("1\n", text(run(plain).stdout()));
        assertEquals("7\n", text(run(plain.withCompilerOptions(List.of("-DX=7"))).stdout()));
        assertEquals("5\n", text(run(plain.withCompilerOptions(List.of("-DX=5"))).stdout()));
        ExecutionResult bad = run(plain.withCompilerOptions(List.of("-DX=")));
        assertInstanceOf(ExecutionStatus.CompileError.class, bad.status(), bad.toString());
    }

    @Test
    void aNonzeroExitIsReportedWithItsCode() {
        ExecutionResult r = run(cProgram("fprintf(stderr, \"bad input\\n\"); return 3;"));
        assertEquals(new ExecutionStatus.Exited(3), r.status(), r.toString());
        assertEquals(3, r.exitCode());
        assertNull(r.exitSignal());
        assertEquals("Exited with error status 3", r.message());
        assertEquals("bad input\n", text(r.stderr()));
    }

    @Test
    void aSegmentationFaultIsSignal11() {
        // the address is only known at run time, so the compiler cannot turn the store into a trap
        ExecutionResult r = run(cProgram("volatile int *p = (int *) (long) (argc - 1); *p = 42; return 0;"));
        assertEquals(new ExecutionStatus.Signalled(11), r.status(), r.toString());
        assertEquals(11, r.exitSignal());
        assertNull(r.exitCode());
        assertEquals("Killed by signal 11 (SIGSEGV)", r.message());
    }

    @Test
    void anEndlessLoopIsStoppedAtCpuPlusExtraTime() {
        ExecutionResult r = run(cProgram("volatile unsigned long n = 0; for (;;) n++;")
                .withLimits(limits().withCpuTime(Duration.ofMillis(500)).withCpuExtraTime(Duration.ofMillis(300))));
        assertEquals(new ExecutionStatus.TimeLimit(ExecutionStatus.TimeLimit.Kind.CPU), r.status(), r.toString());
        assertTrue(r.cpuTime().compareTo(Duration.ofMillis(750)) >= 0, r.toString());
        assertTrue(r.cpuTime().compareTo(Duration.ofMillis(2000)) < 0, r.toString());
        assertTrue(r.message().matches("Time limit exceeded \\(cpu \\d\\.\\d{3} s > 0\\.500 s, stopped at 0\\.800 s\\)"),
                r.message());
        assertNull(r.exitCode());
        assertNull(r.exitSignal());
    }

    @Test
    void aProgramThatFinishesWithinTheExtraTimeIsStillOverTheLimitButKeepsItsOutput() {
        ExecutionRequest burn = cProgram("""
                while (clock() < CLOCKS_PER_SEC * 7 / 10) ;
                printf("done\\n");
                return 0;""");
        ExecutionResult over = run(burn.withLimits(limits().withCpuTime(Duration.ofMillis(400))
                .withCpuExtraTime(Duration.ofSeconds(2))));
        assertEquals(new ExecutionStatus.TimeLimit(ExecutionStatus.TimeLimit.Kind.CPU), over.status(), over.toString());
        assertEquals("done\n", text(over.stdout()));
        assertEquals(0, over.exitCode());
        assertTrue(over.cpuTime().compareTo(Duration.ofMillis(650)) > 0, over.toString());
        assertTrue(over.message().matches("Time limit exceeded \\(cpu 0\\.\\d{3} s > 0\\.400 s\\)"), over.message());

        ExecutionResult within = run(burn.withLimits(limits().withCpuTime(Duration.ofSeconds(2))));
        assertEquals(new ExecutionStatus.Exited(0), within.status(), within.toString());
    }

    @Test
    void sleepingPastTheWallTimeIsAWallTimeLimit() {
        ExecutionResult r = run(cProgram("sleep(10); return 0;")
                .withLimits(limits().withWallTime(Duration.ofSeconds(1))));
        assertEquals(new ExecutionStatus.TimeLimit(ExecutionStatus.TimeLimit.Kind.WALL), r.status(), r.toString());
        assertTrue(r.message().startsWith("Time limit exceeded (wall time "), r.message());
    }

    @Test
    void aMemoryHogIsAMemoryLimit() {
        ExecutionResult r = run(cProgram("""
                size_t n = 256u << 20;
                volatile char *p = malloc(n); /* volatile: the stores cannot be optimised away */
                if (!p) return 4;
                for (size_t i = 0; i < n; i += 4096) p[i] = 1;
                printf("%d\\n", p[n - 4096]);
                return 0;""").withLimits(limits().withMemory(ByteSize.ofMiB(64))));
        assertEquals(new ExecutionStatus.MemoryLimit(), r.status(), r.toString());
        assertTrue(r.message().startsWith("Memory limit exceeded (peak "), r.message());
        assertTrue(r.peakMemory().compareTo(ByteSize.ofMiB(60)) >= 0, r.toString());
    }

    @Test
    void stderrCanBeRedirectedToStdout() {
        ExecutionRequest both = cProgram("""
                printf("out\\n"); fflush(stdout);
                fprintf(stderr, "err\\n");
                return 0;""");
        ExecutionResult apart = run(both);
        assertEquals("out\n", text(apart.stdout()));
        assertEquals("err\n", text(apart.stderr()));
        ExecutionResult merged = run(both.withRedirectStderrToStdout(true));
        assertEquals("out\nerr\n", text(merged.stdout()));
        assertEquals(0, merged.stderr().length);
    }

    @Test
    void stdoutOverTheMaximumFileSizeIsAnOutputLimit() {
        ExecutionResult r = run(cProgram("for (int i = 0; i < 100000; i++) printf(\"%d\\n\", i); return 0;")
                .withLimits(limits().withMaxFileSize(ByteSize.ofKiB(4))));
        assertEquals(new ExecutionStatus.OutputLimit(), r.status(), r.toString());
        assertTrue(r.stdout().length <= 4096 && r.stdout().length > 0, r.toString());
        assertTrue(text(r.stdout()).startsWith("0\n1\n2\n"), r.toString());
        assertEquals("Output limit exceeded (more than 4 KiB of stdout or stderr)", r.message());
    }
}
