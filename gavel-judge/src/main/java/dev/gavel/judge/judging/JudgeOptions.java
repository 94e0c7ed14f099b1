package dev.gavel.judge.judging;

import java.time.Duration;

/**
 * How to judge, beyond what the problem says.
 *
 * @param timeLimit     the time limit to use instead of the problem's, or null for the problem's own
 * @param fallbackLimit the time limit of a problem that has none fixed (no {@code .timelimit}, no
 *                      {@code limits.time_limit}) when {@code timeLimit} is null
 */
public record JudgeOptions(Duration timeLimit, Duration fallbackLimit) {

    /** The problem's own time limit, or 1 s where it has none fixed. */
    public static JudgeOptions defaults() {
        return new JudgeOptions(null, Duration.ofSeconds(1));
    }

    public static JudgeOptions withTimeLimit(Duration timeLimit) {
        return new JudgeOptions(timeLimit, Duration.ofSeconds(1));
    }
}
