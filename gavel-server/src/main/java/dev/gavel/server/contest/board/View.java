package dev.gavel.server.contest.board;

/** Who looks at the board. */
public enum View {
    /** Everyone: while frozen, results of submissions made at or after the freeze show as pending. */
    PUBLIC,
    /** The truth: for administrators, and for a participant's own row. */
    FULL
}
