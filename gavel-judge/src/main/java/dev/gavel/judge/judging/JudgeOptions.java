package dev.gavel.judge.judging;

import java.time.Duration;

/**
 * How to judge, beyond what the problem says.
 *
 * @param timeLimit     the time limit to use instead of the problem's, or null for the problem's own
 * @param fallbackLimit the time limit of a problem that has none fixed (no {@code .timelimit}, no
 *                      {@code limits.time_limit}) when {@code timeLimit} is null
 * @param runPastLimit  how far past the time limit a run may go before the sandbox stops it, as a factor (1 = stop
 *                      at the limit); a run over the limit is Time Limit Exceeded either way, but letting it run
 *                      to time limit × {@code time_limit_to_tle} shows whether it is clearly too slow
 */
public record JudgeOptions(Duration timeLimit, Duration fallbackLimit, double runPastLimit) {

    public JudgeOptions {
        if (!(runPastLimit >= 1.0)) throw new IllegalArgumentException("runPastLimit must be at least 1");
    }

    /** The problem's own time limit, or 1 s where it has none fixed; runs stop at the limit. */
    public static JudgeOptions defaults() {
        return new JudgeOptions(null, Duration.ofSeconds(1), 1.0);
    }

    public static JudgeOptions withTimeLimit(Duration timeLimit) {
        return new JudgeOptions(timeLimit, Duration.ofSeconds(1), 1.0);
    }

    public JudgeOptions withRunPastLimit(double factor) {
        return new JudgeOptions(timeLimit, fallbackLimit, factor);
    }
}
