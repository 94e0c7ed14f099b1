package dev.gavel.server.clics;

import dev.gavel.judge.grading.Subtask;
import dev.gavel.server.contest.Contest;
import dev.gavel.server.contest.board.IoiMode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The minute at which each IOI cell last went up: the CLICS scoreboard's {@code time} of a cell with a score. The
 * board keeps scores, not when they were reached, so this replays a contest's judged submissions in the order they
 * were made, scoring each problem as the board does (the best submission, or the best of each subtask), skipping
 * what the board skips (compile and judge errors, results hidden by the freeze when {@code hideFrozen}).
 */
final class IoiTimes {

    private static final double EPSILON = 1e-9;

    private final Map<Cell, Long> minutes = new HashMap<>();

    private record Cell(long participant, long problemId) {
    }

    private static final class Replay {
        double best;
        double[] bestSubtasks = new double[0];
        double total;
        long minute;
    }

    IoiTimes(Contest c, List<ClicsSubmission> submissions, Function<String, List<Subtask>> subtasks,
             boolean hideFrozen) {
        Map<Cell, Replay> replays = new HashMap<>();
        for (ClicsSubmission s : submissions) {
            if (!s.done() || "CE".equals(s.verdict()) || "SE".equals(s.verdict())) continue;
            if (!ClicsProjection.duringContest(c, s.createdAt())) continue;
            if (hideFrozen && ClicsProjection.hiddenByFreeze(c, s.createdAt())) continue;
            Replay r = replays.computeIfAbsent(new Cell(s.participantId(), s.problemId()), k -> new Replay());
            double score = JudgementRounds.score(c, s);
            r.best = Math.max(r.best, score);
            double total = r.best;
            if (c.ioiMode() == IoiMode.BEST_PER_SUBTASK) {
                r.bestSubtasks = max(r.bestSubtasks, subtasks.apply(s.subtasksJson()));
                total = Math.max(total, sum(r.bestSubtasks));
            }
            if (total > r.total + EPSILON) {
                r.total = total;
                r.minute = ClicsTimes.minutes(c.elapsed(s.createdAt()));
            }
        }
        replays.forEach((cell, r) -> minutes.put(cell, r.minute));
    }

    /** The minute the participant's score on the problem last went up; 0 if it never did. */
    long minute(long participant, long problemId) {
        return minutes.getOrDefault(new Cell(participant, problemId), 0L);
    }

    private static double[] max(double[] best, List<Subtask> subtasks) {
        double[] out = best.length >= subtasks.size() ? best : Arrays.copyOf(best, subtasks.size());
        for (int k = 0; k < subtasks.size(); k++) out[k] = Math.max(out[k], subtasks.get(k).score());
        return out;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) s += v;
        return s;
    }
}
