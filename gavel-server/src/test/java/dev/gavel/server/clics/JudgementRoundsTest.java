package dev.gavel.server.clics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gavel.server.contest.Contest;
import dev.gavel.server.contest.ContestFormat;
import dev.gavel.server.contest.ContestProblem;
import dev.gavel.server.contest.board.IoiMode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A submission's judgements, round by round, and what the public sees of them. */
class JudgementRoundsTest {

    private static final Instant START = Instant.parse("2024-05-01T10:00:00Z");
    private static final Instant SUBMITTED = START.plusSeconds(600);
    private static final Instant JUDGED = SUBMITTED.plusMillis(1500);

    private static Contest icpc(Duration freeze, Instant unfrozenAt) {
        return new Contest(1, "c", "C", ContestFormat.ICPC, null, START, Duration.ofHours(1), freeze, 20, true, true,
                null, unfrozenAt, List.of(new ContestProblem("A", 0, 3, "hello", "Hello", 100, null)));
    }

    private static ClicsSubmission queued() {
        return new ClicsSubmission(9, 2, 3, "python3", SUBMITTED, "queued", null, null, null, null, null);
    }

    private static ClicsSubmission done(String verdict, Instant judgedAt, Double score) {
        return new ClicsSubmission(9, 2, 3, "python3", SUBMITTED, "done", verdict, score, 42L, judgedAt, null);
    }

    private static Wire.JudgementObject judgement(Wanted w) {
        return ClicsJson.read(w.data(), Wire.JudgementObject.class);
    }

    @Test
    void roundOneStartsAtAcceptanceAndEndsWithTheVerdict() {
        Contest c = icpc(null, null);
        Wire.JudgementObject started = judgement(JudgementRounds.current(c, queued(), null, JUDGED));
        assertEquals(new Wire.JudgementObject("9-1", "9", null, null, "2024-05-01T10:10:00.000Z", "0:10:00.000", null,
                null, null), started);
        Wanted ended = JudgementRounds.current(c, done("RE", JUDGED, null), started, JUDGED);
        assertEquals(new Wire.JudgementObject("9-1", "9", "RTE", null, "2024-05-01T10:10:00.000Z", "0:10:00.000",
                "2024-05-01T10:10:01.500Z", "0:10:01.500", new BigDecimal("0.042")), judgement(ended));
        assertInstanceOf(PublicView.Same.class, ended.publicView());
        assertEquals(judgement(ended), judgement(JudgementRounds.current(c, done("RE", JUDGED, null),
                judgement(ended), JUDGED.plusSeconds(60))), "an ended judgement stays as it is");
    }

    @Test
    void aRejudgeIsANewRound() {
        Contest c = icpc(null, null);
        Wire.JudgementObject first = judgement(JudgementRounds.current(c, done("WA", JUDGED, null), null, JUDGED));
        Instant requeued = JUDGED.plusSeconds(300);
        Wire.JudgementObject second = judgement(JudgementRounds.current(c, queued(), first, requeued));
        assertEquals("9-2", second.id());
        assertEquals(ClicsTimes.absolute(requeued), second.startTime());
        assertNull(second.judgementTypeId());
        Instant rejudged = requeued.plusSeconds(2);
        assertEquals("AC", judgement(JudgementRounds.current(c, done("AC", rejudged, null), second, rejudged))
                .judgementTypeId());

        Wire.JudgementObject unseenStart = judgement(JudgementRounds.current(c, done("AC", rejudged, null), first,
                rejudged));
        assertEquals("9-2", unseenStart.id(), "a new result without a seen start is a new round too");
        assertEquals(ClicsTimes.absolute(rejudged), unseenStart.startTime());
    }

    @Test
    void aJudgingErrorIsShownToThePublicAsNeverEnding() {
        Wanted w = JudgementRounds.current(icpc(null, null), done("SE", JUDGED, null), null, JUDGED);
        assertEquals("JE", judgement(w).judgementTypeId());
        PublicView.Redacted redacted = assertInstanceOf(PublicView.Redacted.class, w.publicView());
        assertNull(ClicsJson.read(redacted.data(), Wire.JudgementObject.class).judgementTypeId());
    }

    @Test
    void theFreezeWithholdsResultsOfLaterSubmissionsUntilTheThaw() {
        // the submission was made at minute 10 of 60
        Duration late = Duration.ofMinutes(45);
        assertInstanceOf(PublicView.Same.class, JudgementRounds.current(icpc(late, null), done("AC", JUDGED, null),
                null, JUDGED).publicView(), "made before the freeze (from minute 15)");
        Duration early = Duration.ofMinutes(52);
        assertInstanceOf(PublicView.Withheld.class, JudgementRounds.current(icpc(early, null),
                done("AC", JUDGED, null), null, JUDGED).publicView(), "made after the freeze (from minute 8)");
        assertInstanceOf(PublicView.Same.class, JudgementRounds.current(icpc(early, START.plusSeconds(7200)),
                done("AC", JUDGED, null), null, JUDGED).publicView(), "unfrozen");
    }

    @Test
    void anIoiJudgementHasTheScoreTheBoardCounts() {
        Contest ioi = new Contest(1, "c", "C", ContestFormat.IOI, IoiMode.BEST_SUBMISSION, START, Duration.ofHours(1),
                null, 0, true, true, null, null, List.of(new ContestProblem("A", 0, 3, "hello", "Hello", 40, null)));
        assertEquals(40.0, judgement(JudgementRounds.current(ioi, done("AC", JUDGED, null), null, JUDGED)).score());
        assertEquals(25.0, judgement(JudgementRounds.current(ioi, done("WA", JUDGED, 25.0), null, JUDGED)).score());
        assertEquals(40.0, judgement(JudgementRounds.current(ioi, done("AC", JUDGED, 70.0), null, JUDGED)).score(),
                "never above the problem's points");
        assertEquals(0.0, judgement(JudgementRounds.current(ioi, done("CE", JUDGED, null), null, JUDGED)).score());

        // a package scored out of 100 in a contest that makes the problem worth 40
        Contest scaled = new Contest(1, "c", "C", ContestFormat.IOI, IoiMode.BEST_SUBMISSION, START,
                Duration.ofHours(1), null, 0, true, true, null, null,
                List.of(new ContestProblem("A", 0, 3, "maxsub", "Max", 40, 100.0)));
        assertEquals(28.0, judgement(JudgementRounds.current(scaled, done("WA", JUDGED, 70.0), null, JUDGED)).score(),
                1e-9);
        assertEquals(40.0, judgement(JudgementRounds.current(scaled, done("AC", JUDGED, 100.0), null, JUDGED)).score(),
                1e-9);
    }
}
