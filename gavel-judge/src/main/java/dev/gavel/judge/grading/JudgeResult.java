package dev.gavel.judge.grading;

import dev.gavel.judge.Verdict;
import dev.gavel.sandbox.ByteSize;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The judge's result for one submission.
 *
 * @param verdict       the submission's verdict
 * @param score         the total score of a scoring problem, or null for pass-fail
 * @param maxTime       the longest CPU time of any test run
 * @param maxMemory     the highest peak memory of any test run
 * @param compileOutput what the compiler printed (warnings or errors), possibly empty
 * @param tests         every test's result in judging order, skipped ones included
 * @param reason        why the verdict is not Accepted, in words; for an Accepted scoring submission that failed
 *                      some tests, its score and first failure; empty when every test passed
 * @param subtasks      each subtask's score for a scoring problem whose {@code data/secret} has groups, in judging
 *                      order (see {@link Subtask#of}); empty otherwise and for results decided before any test ran
 */
public record JudgeResult(Verdict verdict, Double score, Duration maxTime, ByteSize maxMemory, String compileOutput,
                          List<TestResult> tests, String reason, List<Subtask> subtasks) {

    public JudgeResult {
        tests = List.copyOf(tests);
        compileOutput = compileOutput == null ? "" : compileOutput;
        reason = reason == null ? "" : reason;
        subtasks = subtasks == null ? List.of() : List.copyOf(subtasks);
    }

    /** A result without subtasks. */
    public JudgeResult(Verdict verdict, Double score, Duration maxTime, ByteSize maxMemory, String compileOutput,
                       List<TestResult> tests, String reason) {
        this(verdict, score, maxTime, maxMemory, compileOutput, tests, reason, List.of());
    }

    /** A result decided before any test ran (compile error, system error). */
    public static JudgeResult early(Verdict verdict, String compileOutput, List<TestResult> tests, String reason) {
        return new JudgeResult(verdict, null, Duration.ZERO, ByteSize.ZERO, compileOutput, tests, reason);
    }

    /** A score in words: a whole number without decimals, anything else to three decimals. */
    public static String points(double score) {
        return score == Math.rint(score) ? String.valueOf((long) score) : String.format(Locale.ROOT, "%.3f", score);
    }
}
