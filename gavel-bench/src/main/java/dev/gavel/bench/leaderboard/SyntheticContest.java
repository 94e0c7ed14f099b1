package dev.gavel.bench.leaderboard;

import dev.gavel.server.contest.board.Judgement;
import dev.gavel.server.contest.board.Outcome;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

/**
 * One feeder's share of a synthetic ICPC contest: its participants submit to random problems; each submission is
 * recorded pending, then, a while later and in no particular order, with its result (70% rejected, 20% accepted,
 * 10% compile errors). Participants below {@code firstParticipant} are left to the {@link PushProbe}. Contest time
 * comes from a clock, so the run maps onto the contest (and its freeze) whatever the throughput.
 */
final class SyntheticContest {

    /** Submissions being judged at once, per feeder: results come back this far out of order. */
    private static final int IN_FLIGHT = 512;

    private record Submission(long participant, int problem, long id, long atMillis) {
    }

    private final SplittableRandom random;
    private final long firstParticipant;
    private final long participants;
    private final int problems;
    private final int feeders;
    private final int feeder;
    private final LongSupplier contestMillis;
    private final Submission[] inFlight = new Submission[IN_FLIGHT];
    private int judging;
    private long made;

    /**
     * @param feeder this feeder's index: it takes participants and submission ids equal to it modulo {@code feeders}
     */
    SyntheticContest(long firstParticipant, long participants, int problems, int feeders, int feeder,
                     LongSupplier contestMillis, long seed) {
        this.random = new SplittableRandom(seed + feeder);
        this.firstParticipant = firstParticipant;
        this.participants = participants;
        this.problems = problems;
        this.feeders = feeders;
        this.feeder = feeder;
        this.contestMillis = contestMillis;
    }

    Judgement next() {
        if (judging < IN_FLIGHT && (judging == 0 || random.nextBoolean())) return submit();
        int pick = random.nextInt(judging);
        Submission s = inFlight[pick];
        inFlight[pick] = inFlight[--judging];
        int r = random.nextInt(100);
        Outcome result = r < 70 ? Outcome.REJECTED : r < 90 ? Outcome.ACCEPTED : Outcome.IGNORED;
        return Judgement.icpc(s.participant(), s.problem(), s.id(), s.atMillis(), result);
    }

    private Judgement submit() {
        long slots = (participants - firstParticipant - feeder + feeders - 1) / feeders;
        long participant = firstParticipant + feeder + feeders * random.nextLong(slots);
        long id = made++ * feeders + feeder;
        Submission s = new Submission(participant, random.nextInt(problems), id, contestMillis.getAsLong());
        inFlight[judging++] = s;
        return Judgement.icpc(s.participant(), s.problem(), s.id(), s.atMillis(), Outcome.PENDING);
    }
}
