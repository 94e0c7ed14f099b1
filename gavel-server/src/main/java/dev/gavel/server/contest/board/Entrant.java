package dev.gavel.server.contest.board;

import java.util.Arrays;

/** A participant as the board keeps it: submissions per problem, and per view the cells, the row and its key. */
final class Entrant {

    final long participant;
    private final Attempts[] attempts;
    private final Cell[][] cells;
    // per view and problem, the solve that counts for first-to-solve (null: none)
    private final Solve[][] solves;
    private final Row[] rows = new Row[View.values().length];
    private final long[] keys = new long[View.values().length];
    private boolean[] revealed;
    private int dirtyViews;

    Entrant(long participant, int problems) {
        this.participant = participant;
        this.attempts = new Attempts[problems];
        this.cells = new Cell[View.values().length][problems];
        for (Cell[] view : cells) Arrays.fill(view, Cell.EMPTY);
        this.solves = new Solve[View.values().length][problems];
    }

    Solve solve(View view, int problem) {
        return solves[view.ordinal()][problem];
    }

    void setSolve(View view, int problem, Solve solve) {
        solves[view.ordinal()][problem] = solve;
    }

    Attempts attempts(int problem) {
        if (attempts[problem] == null) attempts[problem] = new Attempts();
        return attempts[problem];
    }

    boolean hasAttempts(int problem) {
        return attempts[problem] != null;
    }

    /** Whether any submission to the problem was made at or after {@code millis}. */
    boolean attemptedSince(int problem, long millis) {
        Attempts a = attempts[problem];
        return a != null && a.size() > 0 && a.get(a.size() - 1).atMillis() >= millis;
    }

    Cell[] cells(View view) {
        return cells[view.ordinal()];
    }

    Row row(View view) {
        return rows[view.ordinal()];
    }

    long key(View view) {
        return keys[view.ordinal()];
    }

    void setRow(View view, Row row, long key) {
        rows[view.ordinal()] = row;
        keys[view.ordinal()] = key;
    }

    boolean revealed(int problem) {
        return revealed != null && revealed[problem];
    }

    void reveal(int problem) {
        if (revealed == null) revealed = new boolean[attempts.length];
        revealed[problem] = true;
    }

    /** Marks the view's row for recomputing; true when the entrant had no marked view yet. */
    boolean markDirty(View view) {
        boolean first = dirtyViews == 0;
        dirtyViews |= 1 << view.ordinal();
        return first;
    }

    boolean dirty(View view) {
        return (dirtyViews & 1 << view.ordinal()) != 0;
    }

    void clean() {
        dirtyViews = 0;
    }
}
