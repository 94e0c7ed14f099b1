package dev.gavel.judge.execution;

import dev.gavel.sandbox.ByteSize;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * What one execution did.
 *
 * @param status        how it ended
 * @param compileOutput what the compiler printed (warnings, or the errors of a {@link ExecutionStatus.CompileError}),
 *                      possibly empty
 * @param stdout        the program's standard output, cut at the maximum file size (with stderr in it when
 *                      redirected)
 * @param stderr        the program's standard error, cut likewise; empty when redirected to stdout
 * @param cpuTime       CPU time of all its processes and threads (zero when it did not run)
 * @param wallTime      real time of the run
 * @param peakMemory    peak memory of the run
 * @param exitCode      the code the program exited with, or null when it did not exit by itself (signalled,
 *                      stopped by a limit, never ran)
 * @param exitSignal    the signal that ended the program, or null when none of its own did (a limit stopping the
 *                      program is not reported as a signal)
 * @param message       a line for humans on how it ended, e.g. "Exited with error status 1"; empty for a clean exit
 */
public record ExecutionResult(ExecutionStatus status, String compileOutput, byte[] stdout, byte[] stderr,
                              Duration cpuTime, Duration wallTime, ByteSize peakMemory, Integer exitCode,
                              Integer exitSignal, String message) {

    public ExecutionResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(cpuTime, "cpuTime");
        Objects.requireNonNull(wallTime, "wallTime");
        Objects.requireNonNull(peakMemory, "peakMemory");
        compileOutput = compileOutput == null ? "" : compileOutput;
        stdout = stdout == null ? new byte[0] : stdout;
        stderr = stderr == null ? new byte[0] : stderr;
        message = message == null ? "" : message;
    }

    /** A result where nothing ran. */
    static ExecutionResult notRun(ExecutionStatus status, String compileOutput, String message) {
        return new ExecutionResult(status, compileOutput, null, null, Duration.ZERO, Duration.ZERO, ByteSize.ZERO,
                null, null, message);
    }

    /** A judge-side failure; the reason is for the operator as much as for the user. */
    static ExecutionResult internalError(String reason, String compileOutput) {
        return notRun(new ExecutionStatus.InternalError(reason), compileOutput, "Internal error: " + reason);
    }

    /**
     * Whether stdout passes as {@code expected} by Judge0's rule ({@link OutputComparison}); true when there is no
     * expected output (null), as Judge0 accepts a submission without one.
     */
    public boolean outputMatches(byte[] expected) {
        return expected == null || OutputComparison.matches(expected, stdout);
    }

    /** The program exited by itself with code 0 within every limit. */
    public boolean exitedCleanly() {
        return status instanceof ExecutionStatus.Exited e && e.exitCode() == 0;
    }

    @Override
    public byte[] stdout() {
        return stdout.clone();
    }

    @Override
    public byte[] stderr() {
        return stderr.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExecutionResult r && status.equals(r.status) && compileOutput.equals(r.compileOutput)
                && Arrays.equals(stdout, r.stdout) && Arrays.equals(stderr, r.stderr) && cpuTime.equals(r.cpuTime)
                && wallTime.equals(r.wallTime) && peakMemory.equals(r.peakMemory)
                && Objects.equals(exitCode, r.exitCode) && Objects.equals(exitSignal, r.exitSignal)
                && message.equals(r.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, compileOutput, Arrays.hashCode(stdout), Arrays.hashCode(stderr), cpuTime,
                wallTime, peakMemory, exitCode, exitSignal, message);
    }

    @Override
    public String toString() {
        return "ExecutionResult[" + status + ", message=" + message + ", exitCode=" + exitCode + ", exitSignal="
                + exitSignal + ", cpu=" + cpuTime + ", wall=" + wallTime + ", memory=" + peakMemory + ", stdout="
                + stdout.length + " bytes, stderr=" + stderr.length + " bytes, compileOutput=" + compileOutput.length()
                + " chars]";
    }
}
