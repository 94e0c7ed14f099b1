package dev.gavel.judge.problem;

import java.util.List;

/**
 * How the results of a group's children combine into the group's verdict and score ({@code testdata.yaml}).
 *
 * @param aggregation          how child scores combine ({@code grader_flags} sum/min/max/avg, 2023-07
 *                             {@code scoring.aggregation})
 * @param worstError           the group's verdict is its worst error, not its first
 * @param acceptIfAnyAccepted  the group is accepted if any child is
 * @param ignoreSample         the {@code sample} child does not count (only meaningful on {@code data/})
 * @param breakOnReject        stop judging the group at its first rejected child ({@code on_reject: break})
 * @param acceptScore          score of an accepted test without a validator score
 * @param rejectScore          score of a rejected test
 * @param minScore             lower end of the group's {@code range}
 * @param maxScore             upper end of the group's {@code range}
 * @param groupScore           2023-07 {@code scoring.score}: the most the group is worth, or null
 * @param outputValidatorFlags arguments added to the validator's for tests in this group
 * @param inputValidatorFlags  arguments of the input validators (kept, not used by judging)
 */
public record GradingSpec(Aggregation aggregation, boolean worstError, boolean acceptIfAnyAccepted,
                          boolean ignoreSample, boolean breakOnReject, double acceptScore, double rejectScore,
                          double minScore, double maxScore, Double groupScore, List<String> outputValidatorFlags,
                          List<String> inputValidatorFlags) {

    public GradingSpec {
        outputValidatorFlags = List.copyOf(outputValidatorFlags);
        inputValidatorFlags = List.copyOf(inputValidatorFlags);
    }

    /** How scores of children combine. */
    public enum Aggregation { SUM, MIN, MAX, AVG }

    /** The settings when no {@code testdata.yaml} says otherwise. */
    public static GradingSpec defaults() {
        return new GradingSpec(Aggregation.SUM, false, false, false, true, 1.0, 0.0,
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, null, List.of(), List.of());
    }

    /** Pass-fail judging: the first rejected test decides and ends the judging. */
    public GradingSpec passFail() {
        return new GradingSpec(aggregation, false, false, false, true, acceptScore, rejectScore, minScore, maxScore,
                null, outputValidatorFlags, inputValidatorFlags);
    }
}
