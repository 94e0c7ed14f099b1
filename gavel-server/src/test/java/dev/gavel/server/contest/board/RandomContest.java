package dev.gavel.server.contest.board;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

/**
 * A random contest: submissions judged pending, then with a result, some rejudged; the judgements of different
 * submissions interleaved at random (so results come out of submission-time order), each submission's own in order.
 */
record RandomContest(List<Long> participants, List<List<Judgement>> bySubmission, List<Judgement> sequence) {

    private static final long CONTEST_MILLIS = 300 * 60_000L;

    static RandomContest generate(BoardSpec spec, int participants, int judgements, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<List<Judgement>> bySubmission = new ArrayList<>();
        int count = 0;
        for (long submission = 1; count < judgements; submission++) {
            long participant = random.nextInt(participants);
            int problem = random.nextInt(spec.problems().size());
            long at = random.nextLong(CONTEST_MILLIS);
            double points = spec.problems().get(problem).points();
            List<Judgement> states = new ArrayList<>();
            states.add(judgement(participant, problem, submission, at, Outcome.PENDING, points, random));
            int r = random.nextInt(100);
            if (r < 90) {
                Outcome result = r < 55 ? Outcome.REJECTED : r < 80 ? Outcome.ACCEPTED : Outcome.IGNORED;
                states.add(judgement(participant, problem, submission, at, result, points, random));
                if (random.nextInt(100) < 15) {
                    Outcome rejudged = random.nextBoolean() ? Outcome.ACCEPTED : Outcome.REJECTED;
                    states.add(judgement(participant, problem, submission, at, rejudged, points, random));
                }
            }
            bySubmission.add(states);
            count += states.size();
        }
        return new RandomContest(LongStream.range(0, participants).boxed().toList(), bySubmission,
                interleave(bySubmission, random));
    }

    private static Judgement judgement(long participant, int problem, long submission, long at, Outcome outcome,
                                       double points, SplittableRandom random) {
        if (outcome == Outcome.PENDING || outcome == Outcome.IGNORED) {
            return new Judgement(participant, problem, submission, at, outcome, 0, new double[0]);
        }
        double[] subtasks = {random.nextInt(4) * 0.1 * points, random.nextInt(8) * 0.1 * points};
        if (outcome == Outcome.ACCEPTED) subtasks = new double[] {0.3 * points, 0.7 * points};
        return new Judgement(participant, problem, submission, at, outcome, subtasks[0] + subtasks[1], subtasks);
    }

    private record Slot(double key, Judgement judgement) {
    }

    /** A random merge: random keys, each submission's own handed out in ascending order. */
    private static List<Judgement> interleave(List<List<Judgement>> bySubmission, SplittableRandom random) {
        List<Slot> slots = new ArrayList<>();
        for (List<Judgement> states : bySubmission) {
            double[] keys = random.doubles(states.size()).sorted().toArray();
            for (int i = 0; i < keys.length; i++) slots.add(new Slot(keys[i], states.get(i)));
        }
        slots.sort(Comparator.comparingDouble(Slot::key));
        return slots.stream().map(Slot::judgement).toList();
    }

    /** The latest judgement of every submission, in random order: what a rebuild reads from the database. */
    List<Judgement> finalJudgements() {
        List<Judgement> out = new ArrayList<>();
        for (List<Judgement> states : bySubmission) out.add(states.get(states.size() - 1));
        Collections.shuffle(out, new java.util.Random(17));
        return out;
    }

    /** Records the sequence one by one and in batches of random sizes. */
    void feed(Board board, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < sequence.size(); ) {
            int n = random.nextBoolean() ? 1 : 1 + random.nextInt(50);
            List<Judgement> part = sequence.subList(i, Math.min(sequence.size(), i + n));
            if (part.size() == 1) board.record(part.get(0));
            else board.recordAll(part);
            i += part.size();
        }
    }

    /** The sequence split in parts, each submission's judgements in one part, in order. */
    List<List<Judgement>> partitionBySubmission(int parts) {
        List<List<Judgement>> out = new ArrayList<>();
        for (int i = 0; i < parts; i++) out.add(new ArrayList<>());
        for (Judgement j : sequence) out.get((int) (j.submission() % parts)).add(j);
        return out;
    }
}
