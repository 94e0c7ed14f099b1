package dev.gavel.server.contest.board;

/**
 * One participant's state on one problem, as a view shows it.
 *
 * @param tries        ICPC: rejected submissions before the first accepted one, plus that one; IOI: judged
 *                     submissions. Ignored ones (compile and judge errors) never count.
 * @param pending      submissions whose result this view does not show yet: being judged, or frozen (ICPC: only
 *                     those before the first accepted submission)
 * @param solved       ICPC: accepted; IOI: the score reached the problem's points
 * @param solvedMinute ICPC: whole minutes from the start to the first accepted submission (0 when unsolved)
 * @param firstToSolve ICPC: this participant's first accepted submission is the problem's earliest in this view
 * @param score        IOI: the problem's score; ICPC: 0
 * @param frozen       the public view hides results of this cell ("+n ?"); a resolver reveals it
 */
public record Cell(int tries, int pending, boolean solved, long solvedMinute, boolean firstToSolve, double score,
                   boolean frozen) {

    public static final Cell EMPTY = new Cell(0, 0, false, 0, false, 0, false);

    Cell withFirstToSolve(boolean first) {
        return first == firstToSolve ? this : new Cell(tries, pending, solved, solvedMinute, first, score, frozen);
    }
}
