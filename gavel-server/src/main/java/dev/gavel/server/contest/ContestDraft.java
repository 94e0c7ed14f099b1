package dev.gavel.server.contest;

import dev.gavel.server.contest.board.IoiMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A contest definition checked and ready to store (see {@link ContestDefinitions}). */
public record ContestDraft(String slug, String title, ContestFormat format, IoiMode ioiMode, Instant startsAt,
                           Duration duration, Duration freeze, int penaltyMinutes, boolean publicContest,
                           boolean registrationOpen, Integer submissionsPerMinute, List<Problem> problems) {

    public ContestDraft {
        problems = List.copyOf(problems);
    }

    /** A problem of the set: its label, the problem's id, its points. */
    public record Problem(String label, long problemId, double points) {
    }
}
