package dev.gavel.server.contest.board;

import java.util.List;

/**
 * A participant's row in one view.
 *
 * @param solved         problems solved (IOI: problems at full points)
 * @param points         IOI: the total score; ICPC: the number solved
 * @param penaltyMinutes ICPC: the penalty time; IOI: 0
 * @param lastAcMinute   ICPC: the minute of the last first-accepted submission (0 when none); IOI: 0
 * @param cells          one per problem, in the contest's order
 */
public record Row(long participant, int solved, double points, long penaltyMinutes, long lastAcMinute,
                  List<Cell> cells) {
    public Row {
        cells = List.copyOf(cells);
    }
}
