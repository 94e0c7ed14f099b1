package dev.gavel.server.clics;

import dev.gavel.judge.Verdict;
import dev.gavel.server.contest.Contest;
import dev.gavel.server.contest.ContestFormat;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A submission's judgements. Gavel keeps only a submission's latest result, so the CLICS judgements are worked out
 * from it and from the latest judgement logged: round 1 starts when the submission is accepted (it is queued for
 * judging at once) and ends with its verdict; a rejudge (the submission queued again) starts a new round, which ends
 * with the new verdict; a new result whose start was not seen is a new round that starts when the result was
 * written. An ended judgement never changes, but for its contest times when the contest is moved.
 *
 * <p>The public is not shown the judgements of a submission made during the freeze until the board is unfrozen, nor
 * the type of a judging error (Gavel's SE): it sees that judgement as started and never ended.
 */
final class JudgementRounds {

    private JudgementRounds() {
    }

    /** The judgement a counting submission should have now, given the latest one logged for it (or null). */
    static Wanted current(Contest c, ClicsSubmission s, Wire.JudgementObject latest, Instant now) {
        Wire.JudgementObject j;
        if (latest == null) {
            j = judgement(c, s, 1, s.createdAt(), s.done());
        } else {
            int round = JudgementIds.round(latest.id());
            Instant start = Instant.parse(latest.startTime());
            if (!latest.done()) j = judgement(c, s, round, start, s.done());
            else if (!s.done()) j = judgement(c, s, round + 1, now, false);
            else if (sameResult(latest, s)) j = judgement(c, s, round, start, true);
            else j = judgement(c, s, round + 1, s.judgedAt(), true);
        }
        ObjectKey key = new ObjectKey(ObjectType.JUDGEMENTS, j.id());
        if (ClicsProjection.hiddenByFreeze(c, s.createdAt())) return Wanted.of(key, j, PublicView.WITHHELD);
        if (j.done() && !JudgementType.valueOf(j.judgementTypeId()).isPublic()) {
            return Wanted.of(key, j, new PublicView.Redacted(ClicsJson.write(j.started())));
        }
        return Wanted.of(key, j, PublicView.SAME);
    }

    private static boolean sameResult(Wire.JudgementObject latest, ClicsSubmission s) {
        return ClicsTimes.absolute(s.judgedAt()).equals(latest.endTime())
                && type(s).name().equals(latest.judgementTypeId());
    }

    private static JudgementType type(ClicsSubmission s) {
        return JudgementType.of(Verdict.valueOf(s.verdict()));
    }

    private static Wire.JudgementObject judgement(Contest c, ClicsSubmission s, int round, Instant start,
                                                  boolean done) {
        String id = JudgementIds.of(s.id(), round);
        String submission = String.valueOf(s.id());
        String startTime = ClicsTimes.absolute(start);
        String startContest = ClicsTimes.relative(c.elapsed(start));
        if (!done) return new Wire.JudgementObject(id, submission, null, null, startTime, startContest, null, null, null);
        JudgementType type = type(s);
        Double score = c.format() == ContestFormat.IOI ? score(c, s) : null;
        BigDecimal runTime = s.timeMs() == null || type == JudgementType.CE ? null : BigDecimal.valueOf(s.timeMs(), 3);
        return new Wire.JudgementObject(id, submission, type.name(), score, startTime, startContest,
                ClicsTimes.absolute(s.judgedAt()), ClicsTimes.relative(c.elapsed(s.judgedAt())), runTime);
    }

    /** An IOI submission's score in the contest's points, as the board counts it. */
    static double score(Contest c, ClicsSubmission s) {
        return c.problemById(s.problemId()).map(p -> p.score(s.score(), "AC".equals(s.verdict()))).orElse(0.0);
    }
}
