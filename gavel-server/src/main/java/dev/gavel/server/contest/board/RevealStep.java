package dev.gavel.server.contest.board;

/** One step of the resolver: a frozen cell of the public board shown, and its row before and after. */
public record RevealStep(long participant, int problem, RankedRow before, RankedRow after) {
}
