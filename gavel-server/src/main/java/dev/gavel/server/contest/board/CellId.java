package dev.gavel.server.contest.board;

/** A cell of the board: a participant's column of one problem (its index in the contest's set). */
public record CellId(long participant, int problem) {
}
