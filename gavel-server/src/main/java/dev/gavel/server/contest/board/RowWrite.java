package dev.gavel.server.contest.board;

/** A row to store in a view, with its sort key (higher is better; equal keys are equal ranks). */
public record RowWrite(View view, long sortKey, Row row) {
}
