package dev.gavel.judge.problem;

import dev.gavel.sandbox.ByteSize;

import java.time.Duration;
import java.util.Optional;

/**
 * The limits of a problem, in units.
 *
 * @param timeLimit         the fixed time limit ({@code .timelimit} or {@code limits.time_limit}), or null when it is
 *                          to be computed from the slowest accepted submission
 * @param acToTimeLimit     time limit = slowest accepted time × this (legacy {@code time_multiplier})
 * @param timeLimitToTle    a time-limit-exceeded submission must run at least time limit × this (legacy
 *                          {@code time_safety_margin})
 * @param timeResolution    a computed time limit is rounded up to a multiple of this
 * @param memory            memory of a submission's run
 * @param output            output of a submission's run
 * @param code              size of a submission's sources
 * @param compilationTime   time to compile a submission
 * @param compilationMemory memory to compile a submission
 * @param validationTime    time of one output validator run
 * @param validationMemory  memory of one output validator run
 * @param validationOutput  output of one output validator run
 * @param validationPasses  most passes of a multi-pass problem
 */
public record ProblemLimits(Duration timeLimit, double acToTimeLimit, double timeLimitToTle, Duration timeResolution,
                            ByteSize memory, ByteSize output, ByteSize code, Duration compilationTime,
                            ByteSize compilationMemory, Duration validationTime, ByteSize validationMemory,
                            ByteSize validationOutput, int validationPasses) {

    /** The defaults of the given format, with no fixed time limit. */
    public static ProblemLimits defaults(ProblemFormat format) {
        boolean legacy = format == ProblemFormat.LEGACY;
        return new ProblemLimits(null, legacy ? 5.0 : 2.0, legacy ? 2.0 : 1.5, Duration.ofSeconds(1),
                ByteSize.ofMiB(2048), ByteSize.ofMiB(8), ByteSize.ofKiB(128), Duration.ofSeconds(60),
                ByteSize.ofMiB(2048), Duration.ofSeconds(60), ByteSize.ofMiB(2048), ByteSize.ofMiB(8), 2);
    }

    public Optional<Duration> fixedTimeLimit() {
        return Optional.ofNullable(timeLimit);
    }

    public ProblemLimits withTimeLimit(Duration d) {
        return new ProblemLimits(d, acToTimeLimit, timeLimitToTle, timeResolution, memory, output, code,
                compilationTime, compilationMemory, validationTime, validationMemory, validationOutput,
                validationPasses);
    }

    /**
     * The time limit earned by the slowest accepted submission: its time × {@link #acToTimeLimit}, rounded up to a
     * whole multiple of {@link #timeResolution} (as problemtools does).
     */
    public Duration computeTimeLimit(Duration slowestAccepted) {
        double raw = slowestAccepted.toNanos() * acToTimeLimit;
        long step = Math.max(1, timeResolution.toNanos());
        long steps = Math.max(1, (long) Math.ceil(raw / step - 1e-9));
        return Duration.ofNanos(steps * step);
    }
}
