package dev.gavel.server.contest.board;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The full ICPC board computed from scratch the plain way, from each submission's final judgement: the oracle the
 * incremental board is checked against.
 */
final class IcpcReference {

    private IcpcReference() {
    }

    private record Solution(long participant, long at, long submission) {
    }

    static List<RankedRow> board(int penaltyMinutes, int problems, Collection<Long> participants,
                                 Collection<Judgement> finals) {
        Map<Long, List<List<Judgement>>> byParticipant = new TreeMap<>();
        TreeSet<Long> everyone = new TreeSet<>(participants);
        finals.forEach(j -> everyone.add(j.participant()));
        for (long p : everyone) {
            List<List<Judgement>> perProblem = new ArrayList<>();
            for (int i = 0; i < problems; i++) perProblem.add(new ArrayList<>());
            byParticipant.put(p, perProblem);
        }
        for (Judgement j : finals) byParticipant.get(j.participant()).get(j.problem()).add(j);

        Comparator<Judgement> submitted = Comparator.comparingLong(Judgement::atMillis)
                .thenComparingLong(Judgement::submission);
        Solution[] first = new Solution[problems];
        Map<Long, Cell[]> cells = new TreeMap<>();
        for (var entry : byParticipant.entrySet()) {
            Cell[] row = new Cell[problems];
            for (int i = 0; i < problems; i++) {
                List<Judgement> subs = new ArrayList<>(entry.getValue().get(i));
                subs.sort(submitted);
                int wrong = 0;
                int waiting = 0;
                Judgement accepted = null;
                for (Judgement j : subs) {
                    if (j.outcome() == Outcome.ACCEPTED) {
                        accepted = j;
                        break;
                    }
                    if (j.outcome() == Outcome.REJECTED) wrong++;
                    if (j.outcome() == Outcome.PENDING) waiting++;
                }
                if (accepted == null) {
                    row[i] = new Cell(wrong, waiting, false, 0, false, 0, false);
                    continue;
                }
                row[i] = new Cell(wrong + 1, waiting, true, accepted.atMillis() / 60_000, false, 0, false);
                Solution s = new Solution(entry.getKey(), accepted.atMillis(), accepted.submission());
                if (first[i] == null || s.at() < first[i].at()
                        || (s.at() == first[i].at() && s.submission() < first[i].submission())) {
                    first[i] = s;
                }
            }
            cells.put(entry.getKey(), row);
        }

        List<Row> rows = new ArrayList<>();
        cells.forEach((p, row) -> {
            int solved = 0;
            long penalty = 0;
            long last = 0;
            for (int i = 0; i < problems; i++) {
                Cell c = row[i];
                if (first[i] != null && first[i].participant() == p) {
                    row[i] = new Cell(c.tries(), c.pending(), c.solved(), c.solvedMinute(), true, 0, false);
                }
                if (c.solved()) {
                    solved++;
                    penalty += c.solvedMinute() + (long) penaltyMinutes * (c.tries() - 1);
                    last = Math.max(last, c.solvedMinute());
                }
            }
            rows.add(new Row(p, solved, solved, penalty, last, List.of(row)));
        });
        Comparator<Row> better = Comparator.comparingInt(Row::solved).reversed()
                .thenComparingLong(Row::penaltyMinutes).thenComparingLong(Row::lastAcMinute);
        rows.sort(better.thenComparingLong(Row::participant));
        List<RankedRow> ranked = new ArrayList<>();
        for (Row r : rows) {
            int rank = 1 + (int) rows.stream().filter(o -> better.compare(o, r) < 0).count();
            ranked.add(new RankedRow(rank, r));
        }
        return ranked;
    }
}
