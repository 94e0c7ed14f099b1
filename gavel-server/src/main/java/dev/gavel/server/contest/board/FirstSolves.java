package dev.gavel.server.contest.board;

import java.util.TreeSet;

/**
 * ICPC's first to solve of one problem in one view: every participant's first accepted submission, earliest first.
 * The caller tells it only of changes (it keeps each participant's current solve).
 */
final class FirstSolves {

    static final long NONE = -1;

    private final TreeSet<Solve> order = new TreeSet<>();
    private long winner = NONE;

    /** The participant marked first to solve, or {@link #NONE}. */
    long winner() {
        return winner;
    }

    /** Replaces a participant's first accepted submission ({@code old} or {@code solve} null: none). */
    void replace(Solve old, Solve solve) {
        if (old != null) order.remove(old);
        if (solve != null) order.add(solve);
        winner = order.isEmpty() ? NONE : order.first().participant();
    }
}
