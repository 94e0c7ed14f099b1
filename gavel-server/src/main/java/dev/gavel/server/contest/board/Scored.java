package dev.gavel.server.contest.board;

/** A cell as the rules compute it (first-to-solve not yet marked), and its solve when it counts for that mark. */
record Scored(Cell cell, Solve solve) {
}
