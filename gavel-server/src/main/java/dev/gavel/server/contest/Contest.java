package dev.gavel.server.contest;

import dev.gavel.server.contest.board.IoiMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A contest as stored.
 *
 * @param freeze                how long before the end the public board freezes (ICPC); null = never
 * @param submissionsPerMinute  the contest's own per-participant submission rate; null = the server's default
 * @param unfrozenAt            when the frozen board was revealed in full; null while it is (or will be) frozen
 */
public record Contest(long id, String slug, String title, ContestFormat format, IoiMode ioiMode, Instant startsAt,
                      Duration duration, Duration freeze, int penaltyMinutes, boolean publicContest,
                      boolean registrationOpen, Integer submissionsPerMinute, Instant unfrozenAt,
                      List<ContestProblem> problems) {

    public Contest {
        problems = List.copyOf(problems);
    }

    public Instant endsAt() {
        return startsAt.plus(duration);
    }

    /** When the public board stops showing new results, if it ever does. */
    public Optional<Instant> freezesAt() {
        return freeze == null ? Optional.empty() : Optional.of(endsAt().minus(freeze));
    }

    public ContestPhase phase(Instant now) {
        if (now.isBefore(startsAt)) return ContestPhase.UPCOMING;
        return now.isBefore(endsAt()) ? ContestPhase.RUNNING : ContestPhase.ENDED;
    }

    /** Contest time of an instant: how long after the start it is (negative before). */
    public Duration elapsed(Instant at) {
        return Duration.between(startsAt, at);
    }

    public Optional<ContestProblem> problem(String label) {
        return problems.stream().filter(p -> p.label().equalsIgnoreCase(label)).findFirst();
    }

    public Optional<ContestProblem> problemById(long problemId) {
        return problems.stream().filter(p -> p.problemId() == problemId).findFirst();
    }
}
