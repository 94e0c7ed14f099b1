package dev.gavel.server.judge0;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gavel.judge.execution.ExecutionResult;
import dev.gavel.judge.execution.ExecutionStatus;
import dev.gavel.sandbox.ByteSize;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class Judge0StatusTest {

    private static ExecutionResult result(ExecutionStatus status, String stdout) {
        return new ExecutionResult(status, "", stdout.getBytes(StandardCharsets.UTF_8), null,
                Duration.ofMillis(12), Duration.ofMillis(20), ByteSize.ofKiB(900), null, null, "");
    }

    private static Judge0Status of(ExecutionStatus status, String stdout, String expected) {
        return Judge0Status.of(result(status, stdout), expected == null ? null
                : expected.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void cleanExitIsAcceptedOrWrongAnswerByExpectedOutput() {
        assertEquals(Judge0Status.ACCEPTED, of(new ExecutionStatus.Exited(0), "hi\n", null));
        assertEquals(Judge0Status.ACCEPTED, of(new ExecutionStatus.Exited(0), "hi\n", "hi"));
        assertEquals(Judge0Status.WRONG_ANSWER, of(new ExecutionStatus.Exited(0), "hi\n", "ho"));
        assertEquals(Judge0Status.NZEC, of(new ExecutionStatus.Exited(1), "hi\n", "hi"),
                "a failed run is a runtime error even with the right output");
    }

    @Test
    void signalsAndLimitsMapToJudge0Statuses() {
        assertEquals(Judge0Status.SIGSEGV, of(new ExecutionStatus.Signalled(11), "", null));
        assertEquals(Judge0Status.SIGXFSZ, of(new ExecutionStatus.Signalled(25), "", null));
        assertEquals(Judge0Status.SIGFPE, of(new ExecutionStatus.Signalled(8), "", null));
        assertEquals(Judge0Status.SIGABRT, of(new ExecutionStatus.Signalled(6), "", null));
        assertEquals(Judge0Status.OTHER, of(new ExecutionStatus.Signalled(9), "", null));
        assertEquals(Judge0Status.TIME_LIMIT_EXCEEDED,
                of(new ExecutionStatus.TimeLimit(ExecutionStatus.TimeLimit.Kind.WALL), "", null));
        assertEquals(Judge0Status.OTHER, of(new ExecutionStatus.MemoryLimit(), "", null));
        assertEquals(Judge0Status.SIGXFSZ, of(new ExecutionStatus.OutputLimit(), "", null));
        assertEquals(Judge0Status.COMPILATION_ERROR, of(new ExecutionStatus.CompileError(), "", null));
        assertEquals(Judge0Status.EXEC_FORMAT_ERROR, of(new ExecutionStatus.CannotExecute("ENOEXEC"), "", null));
        assertEquals(Judge0Status.INTERNAL_ERROR, of(new ExecutionStatus.InternalError("no sandbox"), "", null));
    }

    @Test
    void anInternalErrorIsStoredAsStatus13WithItsReasonAndNoMeasurements() {
        ExecutionResult failed = new ExecutionResult(new ExecutionStatus.InternalError("sandbox: gone"), "", null,
                null, Duration.ZERO, Duration.ZERO, ByteSize.ZERO, null, null, "Internal error: sandbox: gone");
        ExecutionStore.Result r = ExecutionJudging.result(failed, null);
        assertEquals(Judge0Status.INTERNAL_ERROR, r.status());
        assertEquals("Internal error: sandbox: gone", r.message());
        assertNull(r.stdout());
        assertNull(r.time());
        assertNull(r.memory());
    }

    @Test
    void aRunKeepsItsOutputAndMeasurements() {
        ExecutionStore.Result r = ExecutionJudging.result(result(new ExecutionStatus.Exited(0), "hi\n"), null);
        assertArrayEquals("hi\n".getBytes(StandardCharsets.UTF_8), r.stdout());
        assertNull(r.stderr(), "Judge0 shows empty output as null");
        assertNull(r.message());
        assertEquals(0.012, r.time(), 1e-9);
        assertEquals(900L, r.memory());
    }

    @Test
    void idsAndDescriptionsAreJudge0s() {
        assertEquals(14, Judge0Status.values().length);
        for (Judge0Status s : Judge0Status.values()) assertEquals(s, Judge0Status.byId(s.id()));
        assertEquals("Runtime Error (NZEC)", Judge0Status.byId(11).description());
    }
}
