package dev.gavel.server.contest.board;

import java.util.List;

/**
 * What a board needs to know of its contest.
 *
 * @param freezeAtMillis contest-elapsed time at which the freeze begins: the public view hides the results of
 *                       submissions made at or after it; {@link #NO_FREEZE} for none
 */
public record BoardSpec(long contestId, Scoring scoring, List<BoardProblem> problems, long freezeAtMillis) {

    public static final long NO_FREEZE = Long.MAX_VALUE;

    public BoardSpec {
        if (scoring == null) throw new IllegalArgumentException("scoring is required");
        if (problems == null || problems.isEmpty()) throw new IllegalArgumentException("a board needs problems");
        // ICPC's sort key keeps the solved count in 9 bits
        if (problems.size() > 511) throw new IllegalArgumentException("at most 511 problems: " + problems.size());
        if (freezeAtMillis < 0) throw new IllegalArgumentException("freezeAtMillis must be >= 0: " + freezeAtMillis);
        problems = List.copyOf(problems);
    }
}
