package dev.gavel.server.contest.board;

/**
 * A row that changed, with its rank right after the change (rows it passed moved one place; a client that holds
 * them re-sorts). Ids are consecutive per board and view: 1, 2, 3...
 */
public record BoardEvent(long id, View view, RankedRow row) {
}
