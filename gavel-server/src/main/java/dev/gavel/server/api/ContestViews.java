package dev.gavel.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gavel.server.contest.Contest;
import dev.gavel.server.contest.ContestFormat;
import dev.gavel.server.contest.ContestProblem;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Contests as the API shows them. */
final class ContestViews {

    private ContestViews() {
    }

    /**
     * A contest. {@code problems} is empty until it starts (but for administrators); {@code frozen} says the public
     * board hides results now; {@code registered} is whether the asking user takes part.
     */
    record ContestView(String id, String title, String format, String ioiMode, Instant startsAt, Instant endsAt,
                       String duration, Instant freezesAt, Integer penaltyMinutes,
                       @JsonProperty("public") boolean isPublic,
                       boolean registrationOpen, Integer submissionsPerMinute, String phase, boolean frozen,
                       Instant unfrozenAt, boolean registered, List<ProblemView> problems) {
    }

    record ProblemView(String label, String problem, String name, Double points) {
    }

    record ContestList(List<ContestView> items) {
    }

    static ContestView of(Contest c, Instant now, boolean registered, boolean showProblems) {
        boolean ioi = c.format() == ContestFormat.IOI;
        Instant freezesAt = c.freezesAt().orElse(null);
        boolean frozen = freezesAt != null && c.unfrozenAt() == null && !now.isBefore(freezesAt);
        List<ProblemView> problems = showProblems ? c.problems().stream().map(p -> problem(p, ioi)).toList() : List.of();
        return new ContestView(c.slug(), c.title(), c.format().label(),
                c.ioiMode() == null ? null : c.ioiMode().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                c.startsAt(), c.endsAt(), c.duration().toString(), freezesAt, ioi ? null : c.penaltyMinutes(),
                c.publicContest(), c.registrationOpen(), c.submissionsPerMinute(), c.phase(now).label(), frozen,
                c.unfrozenAt(), registered, problems);
    }

    private static ProblemView problem(ContestProblem p, boolean ioi) {
        return new ProblemView(p.label(), p.slug(), p.name(), ioi ? p.points() : null);
    }
}
