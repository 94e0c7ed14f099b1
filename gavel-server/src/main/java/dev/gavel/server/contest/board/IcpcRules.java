package dev.gavel.server.contest.board;

import java.util.List;

/**
 * ICPC: a problem is solved by its first accepted submission; its penalty is the whole minutes to that submission
 * plus {@code penaltyMinutes} per rejected submission made before it. Ignored submissions never count, nor does
 * anything submitted after the first accepted one.
 */
record IcpcRules(int penaltyMinutes) implements Rules {

    private static final long MINUTE_MILLIS = 60_000;
    private static final int PENALTY_BITS = 24;
    private static final int MINUTE_BITS = 20;
    private static final long MAX_PENALTY = (1L << PENALTY_BITS) - 1;
    private static final long MAX_MINUTE = (1L << MINUTE_BITS) - 1;

    @Override
    public Scored cell(long participant, int problem, Attempts attempts, long hideFrom) {
        int visible = attempts.visibleBefore(hideFrom);
        int hidden = attempts.size() - visible;
        int rejected = 0;
        int pending = 0;
        for (int i = 0; i < visible; i++) {
            Judgement j = attempts.get(i);
            switch (j.outcome()) {
                case ACCEPTED -> {
                    Cell cell = new Cell(rejected + 1, pending, true, j.atMillis() / MINUTE_MILLIS, false, 0, false);
                    return new Scored(cell, new Solve(j.atMillis(), j.submission(), participant));
                }
                case REJECTED -> rejected++;
                case PENDING -> pending++;
                case IGNORED -> {
                }
            }
        }
        return new Scored(new Cell(rejected, pending + hidden, false, 0, false, 0, hidden > 0), null);
    }

    @Override
    public Row row(long participant, Cell[] cells) {
        int solved = 0;
        long penalty = 0;
        long lastAc = 0;
        for (Cell c : cells) {
            if (!c.solved()) continue;
            solved++;
            penalty += c.solvedMinute() + (long) penaltyMinutes * (c.tries() - 1);
            lastAc = Math.max(lastAc, c.solvedMinute());
        }
        return new Row(participant, solved, solved, penalty, lastAc, List.of(cells));
    }

    /** solved, then less penalty, then an earlier last accepted minute: solved<<44 | ~penalty<<20 | ~lastAc. */
    @Override
    public long sortKey(Row row) {
        long penalty = MAX_PENALTY - Math.min(row.penaltyMinutes(), MAX_PENALTY);
        long lastAc = MAX_MINUTE - Math.min(row.lastAcMinute(), MAX_MINUTE);
        return (long) row.solved() << (PENALTY_BITS + MINUTE_BITS) | penalty << MINUTE_BITS | lastAc;
    }
}
