package dev.gavel.judge.checker;

/** What a checker decided. A {@link JudgeError} is the judge's fault, never the program's. */
public sealed interface CheckResult {

    /** The output is right; {@code score} is the validator's score for scoring problems, or null. */
    record Accepted(Double score, String message) implements CheckResult {
    }

    /** The output is wrong, with a readable reason; {@code score} as reported by a scoring validator, or null. */
    record WrongAnswer(String message, Double score) implements CheckResult {
    }

    /** The checker could not decide (validator crashed, timed out, exited with an unknown code, wrote junk). */
    record JudgeError(String reason) implements CheckResult {
    }
}
