package dev.gavel.server.contest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
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
     * One problem of the row. Fields at their default (0, false, none) are left out of the JSON: a board's rows are
     * pushed to every viewer on every change and most cells are untried, so this makes a 12-problem row several
     * times shorter. Clients read a missing field as its default.
     *
     * @param tries   ICPC: rejected tries before the first accepted one, plus that one; IOI: judged submissions
     * @param pending submissions not shown yet: being judged, or made after the freeze ("+n ?")
     * @param minute  ICPC: minute of the first accepted submission, when solved
     * @param score   IOI: the problem's score
     * @param frozen  the public board hides this cell's newest results until it is revealed
     */
    public record Cell(String label,
                       @JsonInclude(Include.NON_DEFAULT) int tries,
                       @JsonInclude(Include.NON_DEFAULT) int pending,
                       @JsonInclude(Include.NON_DEFAULT) boolean solved,
                       @JsonInclude(Include.NON_NULL) Long minute,
                       @JsonInclude(Include.NON_DEFAULT) boolean firstToSolve,
                       @JsonInclude(Include.NON_NULL) Double score,
                       @JsonInclude(Include.NON_DEFAULT) boolean frozen) {
    }
}
