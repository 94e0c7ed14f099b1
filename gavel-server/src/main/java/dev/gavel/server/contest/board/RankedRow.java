package dev.gavel.server.contest.board;

/** A row with its rank: 1 + the number of rows strictly better (equal rows share a rank). */
public record RankedRow(int rank, Row row) {
}
