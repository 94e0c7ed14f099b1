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
 */
public record ContestProblem(String label, int ordinal, long problemId, String slug, String name, double points) {
}
