package dev.gavel.judge.interactive;

import dev.gavel.judge.Verdict;
import dev.gavel.judge.checker.CheckResult;

import java.util.Optional;

/**
 * Decides an interactive run's verdict from both sides, as Kattis and DOMjudge do:
 * <ol>
 *   <li>the validator failed (crashed, ran out of its limits, exited with neither 42 nor 43): judge error;</li>
 *   <li>the validator rejected and ended first, or the submission exited cleanly: wrong answer (a submission that then
 *       died writing to the closed pipe is not to blame for that);</li>
 *   <li>the submission failed (time, memory, crash, output): its own verdict;</li>
 *   <li>otherwise the validator's verdict.</li>
 * </ol>
 */
public final class InteractiveVerdicts {

    private InteractiveVerdicts() {
    }

    /**
     * The decision: a verdict with its message (empty message for accepted).
     *
     * @param verdict the run's verdict
     * @param message why, or the validator's message
     * @param score   the validator's score, or null
     */
    public record Decision(Verdict verdict, String message, Double score) {
    }

    /**
     * @param submission     the submission's own verdict from how its run ended (empty for a clean exit)
     * @param submissionWhy  words for the submission's verdict
     * @param validator      the validator's result
     * @param validatorFirst the validator ended no later than the submission
     */
    public static Decision decide(Optional<Verdict> submission, String submissionWhy, CheckResult validator,
                                  boolean validatorFirst) {
        if (submission.isPresent() && submission.get() == Verdict.SE) {
            return new Decision(Verdict.SE, submissionWhy, null);
        }
        return switch (validator) {
            case CheckResult.JudgeError e -> new Decision(Verdict.SE, e.reason(), null);
            case CheckResult.WrongAnswer w when validatorFirst || submission.isEmpty() ->
                    new Decision(Verdict.WA, w.message(), w.score());
            case CheckResult.WrongAnswer w -> new Decision(submission.get(), submissionWhy, w.score());
            case CheckResult.Accepted a when submission.isPresent() ->
                    new Decision(submission.get(), submissionWhy, a.score());
            case CheckResult.Accepted a -> new Decision(Verdict.AC, "", a.score());
        };
    }
}
