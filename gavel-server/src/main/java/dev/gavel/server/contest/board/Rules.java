package dev.gavel.server.contest.board;

/** A scoring system's arithmetic: a cell from its submissions, a row from its cells, the row's sort key. */
sealed interface Rules permits IcpcRules, IoiRules {

    static Rules of(BoardSpec spec) {
        return switch (spec.scoring()) {
            case Scoring.Icpc icpc -> new IcpcRules(icpc.penaltyMinutes());
            case Scoring.Ioi ioi -> new IoiRules(ioi.mode(),
                    spec.problems().stream().mapToDouble(BoardProblem::points).toArray());
        };
    }

    /**
     * The cell of a participant's submissions to a problem, those made at or after {@code hideFrom} shown as pending
     * ({@code Long.MAX_VALUE}: none hidden).
     */
    Scored cell(long participant, int problem, Attempts attempts, long hideFrom);

    /** The row of cells whose first-to-solve marks are set. */
    Row row(long participant, Cell[] cells);

    /** Higher is better; equal keys rank equal. Fits in 53 bits, so a Redis score (a double) holds it exactly. */
    long sortKey(Row row);
}
