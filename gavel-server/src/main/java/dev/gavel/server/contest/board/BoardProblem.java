package dev.gavel.server.contest.board;

/**
 * A problem of the board, in the contest's order.
 *
 * @param label  what the board shows (A, B, ...)
 * @param points IOI: the full score, already in the contest's points (a cell at or above it counts as solved);
 *               ICPC ignores it
 */
public record BoardProblem(String label, double points) {
    public BoardProblem {
        if (label == null || label.isBlank()) throw new IllegalArgumentException("a problem needs a label");
        if (!(points >= 0)) throw new IllegalArgumentException("points must be >= 0: " + points);
    }
}
