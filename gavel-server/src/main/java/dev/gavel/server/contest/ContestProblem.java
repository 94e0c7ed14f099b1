package dev.gavel.server.contest;

/**
 * One problem of a contest's set.
 *
 * @param label     its label on the board (A, B, …)
 * @param ordinal   its column, from 0
 * @param problemId the problem
 * @param slug      the problem's slug
 * @param name      the problem's name
 * @param points    what a full solution is worth in an IOI contest (ICPC boards ignore it)
 * @param maxScore  what the problem's package gives a submission that passes every test, for a scoring problem (else
 *                  null)
 */
public record ContestProblem(String label, int ordinal, long problemId, String slug, String name, double points,
                             Double maxScore) {

    /**
     * A submission's score in an IOI contest: a scoring problem's package score scaled by {@link #scale()} (and kept
     * within 0 and the points), else the points when accepted.
     */
    public double score(Double packageScore, boolean accepted) {
        if (packageScore != null) return Math.max(0, Math.min(points, packageScore * scale()));
        return accepted ? points : 0;
    }

    /** What one point of the package's score is worth here: points over the package's full score (1 if unknown). */
    public double scale() {
        return maxScore == null || maxScore <= 0 ? 1 : points / maxScore;
    }
}
