package dev.gavel.server.contest.board;

import java.util.Arrays;
import java.util.List;

/**
 * IOI: a problem's score is the best of any submission ({@link IoiMode#BEST_SUBMISSION}) or the sum over subtasks of
 * each subtask's best ({@link IoiMode#BEST_PER_SUBTASK}, where a submission without subtask scores counts with its
 * total); rows rank by the total alone, to a thousandth of a point.
 */
final class IoiRules implements Rules {

    private static final double KEY_SCALE = 1000;

    private final IoiMode mode;
    private final double[] points;

    IoiRules(IoiMode mode, double[] points) {
        this.mode = mode;
        this.points = points.clone();
    }

    @Override
    public Scored cell(long participant, int problem, Attempts attempts, long hideFrom) {
        int visible = attempts.visibleBefore(hideFrom);
        int hidden = attempts.size() - visible;
        int judged = 0;
        int pending = 0;
        double best = 0;
        double[] bestSubtasks = new double[0];
        for (int i = 0; i < visible; i++) {
            Judgement j = attempts.get(i);
            switch (j.outcome()) {
                case ACCEPTED, REJECTED -> {
                    judged++;
                    best = Math.max(best, j.score());
                    if (mode == IoiMode.BEST_PER_SUBTASK) bestSubtasks = max(bestSubtasks, j.subtasks());
                }
                case PENDING -> pending++;
                case IGNORED -> {
                }
            }
        }
        double score = mode == IoiMode.BEST_PER_SUBTASK ? Math.max(best, sum(bestSubtasks)) : best;
        boolean solved = points[problem] > 0 && score >= points[problem];
        return new Scored(new Cell(judged, pending + hidden, solved, 0, false, score, hidden > 0), null);
    }

    @Override
    public Row row(long participant, Cell[] cells) {
        int solved = 0;
        double total = 0;
        for (Cell c : cells) {
            if (c.solved()) solved++;
            total += c.score();
        }
        return new Row(participant, solved, total, 0, 0, List.of(cells));
    }

    @Override
    public long sortKey(Row row) {
        return Math.round(row.points() * KEY_SCALE);
    }

    private static double[] max(double[] best, double[] subtasks) {
        double[] out = best.length >= subtasks.length ? best : Arrays.copyOf(best, subtasks.length);
        for (int k = 0; k < subtasks.length; k++) out[k] = Math.max(out[k], subtasks[k]);
        return out;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) s += v;
        return s;
    }
}
