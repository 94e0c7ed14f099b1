package dev.gavel.sandbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each limit and each result field, end to end through a pooled helper. */
@Tag("sandbox")
class SandboxRunTest {

    private static SandboxPool pool;
    /** Not the common pool: on two cores it may run the two sides of a conversation one after the other. */
    private static final ExecutorService THREADS = Executors.newCachedThreadPool();
    @TempDir
    Path dir;

    @BeforeAll
    static void startPool() {
        pool = Sandboxes.pool(2);
    }

    @AfterAll
    static void closePool() {
        pool.close();
    }

    private static final RunLimits LIMITS = RunLimits.defaults().withProcesses(8);

    private RunOutcome sh(String script, RunLimits limits) {
        return run(RunSpec.of(List.of("/bin/sh", "-c", script), dir, limits).withStdout(dir.resolve("out"))
                .withStderr(dir.resolve("err")));
    }

    private RunOutcome run(RunSpec spec) {
        try (Sandbox box = pool.acquire()) {
            return box.run(spec);
        }
    }

    private String out() throws IOException {
        return Files.readString(dir.resolve("out"));
    }

    @Test
    void exitCodeIsReported() throws IOException {
        RunOutcome o = sh("echo hello; exit 7", LIMITS);
        assertEquals(7, assertInstanceOf(RunOutcome.Exited.class, o).exitCode());
        assertEquals("hello\n", out());
        assertFalse(o.usage().outputTruncated());
        assertTrue(o.usage().peakMemory().bytes() > 0);
    }

    @Test
    void signalIsReported() {
        RunOutcome o = sh("kill -SEGV $$", LIMITS);
        assertEquals(11, assertInstanceOf(RunOutcome.Signalled.class, o).signal());
    }

    @Test
    void programNotFoundIsNotStartedNotAFault() throws IOException {
        RunOutcome o = run(RunSpec.of(List.of("no-such-program"), dir, LIMITS).withStderr(dir.resolve("err")));
        String reason = assertInstanceOf(RunOutcome.NotStarted.class, o).reason();
        assertTrue(reason.contains("no-such-program"), reason);
        assertTrue(Files.readString(dir.resolve("err")).contains("no-such-program"));
    }

    @Test
    void cpuLimitEndsABusyLoop() {
        RunOutcome o = sh("while :; do :; done", LIMITS.withCpuTime(Duration.ofMillis(300)));
        assertEquals(RunOutcome.TimeLimit.Kind.CPU, assertInstanceOf(RunOutcome.TimeLimit.class, o).kind());
        assertTrue(o.usage().cpuTime().toMillis() >= 300);
    }

    @Test
    void cpuLimitCountsEveryProcess() {
        RunOutcome o = sh("(while :; do :; done) & (while :; do :; done) & wait",
                LIMITS.withCpuTime(Duration.ofMillis(400)).withWallTime(Duration.ofSeconds(10)));
        assertEquals(RunOutcome.TimeLimit.Kind.CPU, assertInstanceOf(RunOutcome.TimeLimit.class, o).kind());
    }

    @Test
    void wallLimitEndsASleeper() {
        RunOutcome o = sh("sleep 10", LIMITS.withWallTime(Duration.ofMillis(300)));
        assertEquals(RunOutcome.TimeLimit.Kind.WALL, assertInstanceOf(RunOutcome.TimeLimit.class, o).kind());
        assertTrue(o.usage().cpuTime().toMillis() < 300);
    }

    @Test
    void memoryLimitEndsABalloonAndPeakIsNearTheLimit() {
        RunOutcome o = run(RunSpec.of(List.of("python3", "-c", "x = bytearray(200 << 20)"), dir,
                LIMITS.withMemory(ByteSize.ofMiB(48))));
        assertInstanceOf(RunOutcome.MemoryLimit.class, o);
        assertTrue(o.usage().oomKilled());
        assertTrue(o.usage().peakMemory().mib() >= 40, o.usage().toString());
        assertTrue(o.usage().peakMemory().mib() <= 48, o.usage().toString());
    }

    @Test
    void memoryOfASmallProgramIsSmall() {
        RunOutcome o = sh("true", LIMITS);
        assertInstanceOf(RunOutcome.Exited.class, o);
        assertTrue(o.usage().peakMemory().mib() < 16, o.usage().toString());
    }

    @Test
    void outputLimitOnStdoutCutsAndStops() throws IOException {
        RunOutcome o = sh("yes", LIMITS.withOutputSize(ByteSize.ofKiB(16)));
        assertInstanceOf(RunOutcome.OutputLimit.class, o);
        assertTrue(o.usage().outputTruncated());
        assertEquals(16 * 1024, Files.size(dir.resolve("out")));
    }

    @Test
    void outputLimitOnStderrCutsAndStops() throws IOException {
        RunOutcome o = sh("yes >&2", LIMITS.withOutputSize(ByteSize.ofKiB(8)));
        assertInstanceOf(RunOutcome.OutputLimit.class, o);
        assertEquals(8 * 1024, Files.size(dir.resolve("err")));
    }

    @Test
    void stdinComesFromAFileAndStderrCanJoinStdout() throws IOException {
        Files.writeString(dir.resolve("in"), "3 4\n");
        RunOutcome o = run(RunSpec.of(List.of("/bin/sh", "-c", "read a b; echo $((a+b)); echo oops >&2"), dir, LIMITS)
                .withStdin(dir.resolve("in")).withStdout(dir.resolve("out")).withStderrToStdout(true));
        assertEquals(0, assertInstanceOf(RunOutcome.Exited.class, o).exitCode());
        assertEquals("7\noops\n", out());
    }

    @Test
    void environmentIsOnlyWhatWasGiven() throws IOException {
        RunOutcome o = run(RunSpec.of(List.of("/usr/bin/env"), dir, LIMITS).withEnv(Map.of("ANSWER", "42"))
                .withStdout(dir.resolve("out")));
        assertInstanceOf(RunOutcome.Exited.class, o);
        List<String> env = out().lines().sorted().toList();
        assertEquals(List.of("ANSWER=42", "PATH=/usr/local/bin:/usr/bin:/bin"), env);
    }

    @Test
    void workDirIsWritableAndIsTheCwd() throws IOException {
        RunOutcome o = sh("pwd; echo made > made.txt; id -u", LIMITS);
        assertEquals(0, assertInstanceOf(RunOutcome.Exited.class, o).exitCode());
        List<String> lines = out().lines().toList();
        assertEquals("/box", lines.get(0));
        assertTrue(Integer.parseInt(lines.get(1)) >= 60000);
        assertEquals("made\n", Files.readString(dir.resolve("made.txt")));
    }

    @Test
    void tmpIsWritableCappedAndFreshEachRun() throws IOException {
        RunOutcome o = sh("echo x > /tmp/a && cat /tmp/a && head -c 100000000 /dev/zero > /tmp/big; echo rc=$?",
                LIMITS.withMemory(ByteSize.ofMiB(512)));
        assertEquals(0, assertInstanceOf(RunOutcome.Exited.class, o).exitCode());
        assertTrue(out().startsWith("x\n"));
        assertTrue(out().contains("rc=1"), out());
        sh("ls -A /tmp", LIMITS);
        assertEquals("", out());
    }

    @Test
    void thereIsNoNetwork() throws IOException {
        RunOutcome o = sh("cat /proc/net/dev | tail -n +3 | cut -d: -f1 | tr -d ' '", LIMITS);
        assertInstanceOf(RunOutcome.Exited.class, o);
        assertEquals("lo\n", out());
    }

    @Test
    void deniedSyscallsAreCountedByName() {
        RunOutcome o = run(RunSpec.of(List.of("python3", "-c", """
                import ctypes
                libc = ctypes.CDLL(None, use_errno=True)
                for _ in range(3):
                    assert libc.ptrace(0, 0, 0, 0) == -1 and ctypes.get_errno() == 1
                assert libc.unshare(0x40000000) == -1
                """), dir, LIMITS));
        assertEquals(0, assertInstanceOf(RunOutcome.Exited.class, o).exitCode(), o.toString());
        assertEquals(3, o.usage().deniedSyscalls().get("ptrace"));
        assertEquals(1, o.usage().deniedSyscalls().get("unshare"));
    }

    @Test
    void binaryOutputIsByteExact() throws IOException {
        RunOutcome o = sh("printf 'a\\000b\\377\\001'", LIMITS);
        assertInstanceOf(RunOutcome.Exited.class, o);
        assertArrayEquals(new byte[] {'a', 0, 'b', (byte) 0xff, 1}, Files.readAllBytes(dir.resolve("out")));
    }

    @Test
    void aFaultedSandboxIsReplacedAndThePoolGoesOn() {
        RunOutcome o = run(RunSpec.of(List.of("true"), dir.resolve("missing"), LIMITS));
        assertTrue(assertInstanceOf(RunOutcome.SandboxFault.class, o).reason().contains("missing"));
        assertEquals(0, assertInstanceOf(RunOutcome.Exited.class, sh("true", LIMITS)).exitCode());
    }

    @Test
    void manyThreadsShareThePool() throws Exception {
        List<CompletableFuture<Boolean>> all = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Path w = Files.createDirectory(dir.resolve("t" + t));
            all.add(CompletableFuture.supplyAsync(() -> {
                boolean ok = true;
                for (int i = 0; i < 5; i++) {
                    RunOutcome o = run(RunSpec.of(List.of("/bin/sh", "-c", "exit " + i), w, LIMITS));
                    ok &= o instanceof RunOutcome.Exited e && e.exitCode() == i;
                }
                return ok;
            }, THREADS));
        }
        for (CompletableFuture<Boolean> f : all) assertTrue(f.get());
    }

    @Test
    void linksPlantedInTheWorkDirAreNeverFollowedByTheHelper() throws IOException {
        Path victim = Files.writeString(dir.resolve("victim"), "precious");
        Path work = Files.createDirectory(dir.resolve("w"));
        RunOutcome plant = run(RunSpec.of(List.of("/bin/sh", "-c", "ln -s " + victim + " out; ln -s " + victim + " in"),
                work, LIMITS));
        assertEquals(0, assertInstanceOf(RunOutcome.Exited.class, plant).exitCode());
        assertInstanceOf(RunOutcome.SandboxFault.class, run(RunSpec.of(List.of("true"), work, LIMITS)
                .withStdout(work.resolve("out"))));
        assertInstanceOf(RunOutcome.SandboxFault.class, run(RunSpec.of(List.of("true"), work, LIMITS)
                .withStdin(work.resolve("in"))));
        assertEquals("precious", Files.readString(victim));
    }

    @Test
    void sysvIpcDiesWithTheRun() throws IOException {
        Path work = Files.createDirectory(dir.resolve("w"));
        RunLimits l = LIMITS.withProcesses(4);
        try (Sandbox box = pool.acquire()) {
            RunOutcome make = box.run(RunSpec.of(List.of("python3", "-c",
                    "import ctypes; l = ctypes.CDLL(None); print(l.shmget(0x6a7e1, 4096, 0o1666))"), work, l)
                    .withStdout(work.resolve("made")));
            assertEquals(0, assertInstanceOf(RunOutcome.Exited.class, make).exitCode());
            assertFalse(Files.readString(work.resolve("made")).startsWith("-"));
            box.run(RunSpec.of(List.of("/bin/sh", "-c", "ipcs -m | grep -c 6a7e1"), work, l).withStdout(work.resolve("seen")));
            assertEquals("0", Files.readString(work.resolve("seen")).strip());
        }
    }

    @Test
    void twoSandboxesRunAtOnce() throws Exception {
        Path a = Files.createDirectory(dir.resolve("a")), b = Files.createDirectory(dir.resolve("b"));
        RunLimits l = LIMITS.withWallTime(Duration.ofSeconds(10));
        CompletableFuture<RunOutcome> fa = CompletableFuture.supplyAsync(() -> run(
                RunSpec.of(List.of("/bin/sh", "-c", "sleep 0.3; echo A"), a, l).withStdout(a.resolve("out"))), THREADS);
        CompletableFuture<RunOutcome> fb = CompletableFuture.supplyAsync(() -> run(
                RunSpec.of(List.of("/bin/sh", "-c", "sleep 0.3; echo B"), b, l).withStdout(b.resolve("out"))), THREADS);
        assertInstanceOf(RunOutcome.Exited.class, fa.get());
        assertInstanceOf(RunOutcome.Exited.class, fb.get());
        assertEquals("A\n", Files.readString(a.resolve("out")));
        assertEquals("B\n", Files.readString(b.resolve("out")));
    }

    @Test
    void twoHelpersPlayPingPongOverFifos() throws Exception {
        Path a = Files.createDirectory(dir.resolve("a")), b = Files.createDirectory(dir.resolve("b"));
        Path toB = dir.resolve("to-b"), toA = dir.resolve("to-a");
        mkfifo(toB);
        mkfifo(toA);
        RunLimits l = LIMITS.withWallTime(Duration.ofSeconds(10));
        String ping = "echo 1; i=0; while [ $i -lt 50 ]; do read n; i=$((i+1)); echo $((n+1)); done; read n; echo $n >&2";
        String pong = "while read n; do echo $((n+1)); done";
        CompletableFuture<RunOutcome> fa = CompletableFuture.supplyAsync(() -> run(
                RunSpec.of(List.of("/bin/sh", "-c", ping), a, l).withStdout(toB).withStdin(toA).withStderr(a.resolve("err"))), THREADS);
        CompletableFuture<RunOutcome> fb = CompletableFuture.supplyAsync(() -> run(
                RunSpec.of(List.of("/bin/sh", "-c", pong), b, l).withStdin(toB).withStdout(toA)), THREADS);
        assertEquals(0, assertInstanceOf(RunOutcome.Exited.class, fa.get()).exitCode());
        assertInstanceOf(RunOutcome.Exited.class, fb.get());
        assertEquals("102", Files.readString(a.resolve("err")).strip());
    }

    private static void mkfifo(Path p) throws IOException, InterruptedException {
        Process mk = new ProcessBuilder("mkfifo", p.toString()).start();
        assertEquals(0, mk.waitFor(), new String(mk.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
