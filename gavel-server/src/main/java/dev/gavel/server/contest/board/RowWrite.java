package dev.gavel.server.contest.board;

/**
 * A row to store in a view, with its sort key (higher is better; equal keys are equal ranks).
 *
 * @param moved the row is new or its sort key differs from the one last written for it; when false a store may
 *              leave the ordering as it is and only replace the row
 */
public record RowWrite(View view, long sortKey, Row row, boolean moved) {
}
