package dev.gavel.judge.verify;

import dev.gavel.judge.Verdict;

import java.time.Duration;
import java.util.List;

/**
 * One line of a verify report: a submission and how it fared, or a package that could not be verified.
 *
 * @param problem    the package's directory or zip name
 * @param submission path below the package ({@code submissions/accepted/a.py}), or null for a package error
 * @param language   the language id, or null when unknown
 * @param expected   the verdicts that count as matching; empty when not judged against anything
 * @param actual     the verdict compared with the expected one (the first failing test's for an
 *                   {@code @EXPECTED_RESULTS@} line), or null when not judged
 * @param score      the score of a scoring problem, or null
 * @param maxTime    the longest test's CPU time
 * @param maxMemoryKib the highest peak memory in KiB
 * @param status     how it compares
 * @param note       the verdict's reason, why it was skipped, or the package's errors
 */
public record VerifyRow(String problem, String submission, String language, List<Verdict> expected, Verdict actual,
                        Double score, Duration maxTime, long maxMemoryKib, Status status, String note) {

    public VerifyRow {
        expected = List.copyOf(expected);
        note = note == null ? "" : note;
    }

    /** How a submission's verdict compares with what was expected. */
    public enum Status {
        /** The verdict is one of the expected. */
        OK,
        /** The verdict is not one of the expected, or the package is broken. */
        MISMATCH,
        /** Not judged (unknown language, bad marker) or judged without an expectation. */
        SKIPPED
    }

    public boolean ok() {
        return status != Status.MISMATCH;
    }
}
