package dev.gavel.sandbox.box;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.sandbox.ByteSize;
import dev.gavel.sandbox.RunOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultLinesTest {

    private static List<String> lines(String status, String... extra) {
        List<String> l = new ArrayList<>(List.of("status:" + status, "exit-code:3", "signal:9", "cpu-ms:120",
                "wall-ms:250", "mem-kib:2048", "oom-killed:0", "output-truncated:0", "denied-syscalls:"));
        l.addAll(List.of(extra));
        return l;
    }

    @Test
    void everyStatusMapsToItsOutcome() throws Exception {
        assertEquals(3, assertInstanceOf(RunOutcome.Exited.class, ResultLines.parse(lines("exited"))).exitCode());
        assertEquals(9, assertInstanceOf(RunOutcome.Signalled.class, ResultLines.parse(lines("signalled"))).signal());
        assertEquals(RunOutcome.TimeLimit.Kind.CPU,
                assertInstanceOf(RunOutcome.TimeLimit.class, ResultLines.parse(lines("time-limit-cpu"))).kind());
        assertEquals(RunOutcome.TimeLimit.Kind.WALL,
                assertInstanceOf(RunOutcome.TimeLimit.class, ResultLines.parse(lines("time-limit-wall"))).kind());
        assertInstanceOf(RunOutcome.MemoryLimit.class, ResultLines.parse(lines("memory-limit")));
        assertInstanceOf(RunOutcome.OutputLimit.class, ResultLines.parse(lines("output-limit")));
        RunOutcome.SandboxFault f = assertInstanceOf(RunOutcome.SandboxFault.class,
                ResultLines.parse(lines("fault", "fault:work dir /x: No such file")));
        assertEquals("work dir /x: No such file", f.reason());
    }

    @Test
    void aProgramThatCouldNotBeExecutedIsNotStarted() throws Exception {
        RunOutcome.NotStarted n = assertInstanceOf(RunOutcome.NotStarted.class, ResultLines.parse(List.of(
                "status:exited", "exit-code:127", "signal:0", "cpu-ms:0", "wall-ms:1", "mem-kib:0", "oom-killed:0",
                "output-truncated:0", "denied-syscalls:", "exec-error:x: No such file or directory")));
        assertEquals("x: No such file or directory", n.reason());
    }

    @Test
    void usageIsRead() throws Exception {
        RunOutcome o = ResultLines.parse(List.of("status:exited", "exit-code:0", "signal:0", "cpu-ms:120", "wall-ms:250",
                "mem-kib:2048", "oom-killed:1", "output-truncated:1", "denied-syscalls:ptrace=1,mount=2",
                "exec-error:x: No such file or directory"));
        assertEquals(Duration.ofMillis(120), o.usage().cpuTime());
        assertEquals(Duration.ofMillis(250), o.usage().wallTime());
        assertEquals(ByteSize.ofKiB(2048), o.usage().peakMemory());
        assertTrue(o.usage().oomKilled());
        assertTrue(o.usage().outputTruncated());
        assertEquals(Map.of("ptrace", 1, "mount", 2), o.usage().deniedSyscalls());
    }

    @Test
    void anythingOutsideTheProtocolIsRejected() {
        assertThrows(ResultLines.ProtocolException.class, () -> ResultLines.parse(lines("exited", "colour:blue")));
        assertThrows(ResultLines.ProtocolException.class, () -> ResultLines.parse(lines("finished")));
        assertThrows(ResultLines.ProtocolException.class, () -> ResultLines.parse(lines("exited", "status:exited")));
        assertThrows(ResultLines.ProtocolException.class, () -> ResultLines.parse(List.of("status:exited")));
        assertThrows(ResultLines.ProtocolException.class, () -> ResultLines.parse(List.of("garbage")));
        List<String> bad = lines("exited");
        bad.set(3, "cpu-ms:lots");
        assertThrows(ResultLines.ProtocolException.class, () -> ResultLines.parse(bad));
        List<String> badDenied = lines("exited");
        badDenied.set(8, "denied-syscalls:ptrace");
        assertThrows(ResultLines.ProtocolException.class, () -> ResultLines.parse(badDenied));
    }

    @Test
    void requestsUseTheCommandLineSyntax() {
        var spec = dev.gavel.sandbox.RunSpec.of(List.of("prog", "a b"), java.nio.file.Path.of("/w"),
                dev.gavel.sandbox.RunLimits.defaults()).withEnv(Map.of("K", "v=1")).withStderrToStdout(true);
        List<String> args = Request.args(spec);
        assertEquals("--workdir=/w", args.get(0));
        assertTrue(args.contains("--stderr-to-stdout"));
        assertTrue(args.contains("--cpu-ms=1000"));
        assertTrue(args.contains("--mem-kib=262144"));
        assertTrue(args.contains("--env=K=v=1"));
        assertEquals(List.of("--", "prog", "a b"), args.subList(args.size() - 3, args.size()));
        byte[] enc = Request.encode(List.of("a", "b"));
        assertEquals(List.of((byte) 'a', (byte) 0, (byte) 'b', (byte) 0, (byte) 0),
                List.of(enc[0], enc[1], enc[2], enc[3], enc[4]));
    }
}
