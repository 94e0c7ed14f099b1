package dev.gavel.server.contest;

import java.util.List;

/**
 * A leaderboard row as clients see it.
 *
 * @param points       IOI: the total score; ICPC: null
 * @param penalty      ICPC: penalty minutes; IOI: null
 * @param lastAcMinute ICPC: minute of the last problem's first accepted submission (the second tie-break)
 */
public record LeaderboardRow(int rank, long userId, String name, int solved, Double points, Long penalty,
                             Long lastAcMinute, List<Cell> cells) {

    /**
     * One problem of the row.
     *
     * @param tries   ICPC: rejected tries before the first accepted one, plus that one; IOI: judged submissions
     * @param pending submissions not shown yet: being judged, or made after the freeze ("+n ?")
     * @param minute  ICPC: minute of the first accepted submission, when solved
     * @param score   IOI: the problem's score
     * @param frozen  the public board hides this cell's newest results until it is revealed
     */
    public record Cell(String label, int tries, int pending, boolean solved, Long minute, boolean firstToSolve,
                       Double score, boolean frozen) {
    }
}
