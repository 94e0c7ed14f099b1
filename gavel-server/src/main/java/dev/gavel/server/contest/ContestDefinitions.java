package dev.gavel.server.contest;

import dev.gavel.server.contest.board.IoiMode;
import dev.gavel.server.problem.ProblemStore;
import dev.gavel.server.problem.StoredProblem;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Checks a {@link ContestRequest}: every problem with it is found at once and listed, nothing half-applied. */
@Component
public class ContestDefinitions {

    static final int DEFAULT_PENALTY = 20;
    static final double DEFAULT_POINTS = 100;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]{1,16}");
    private static final int MAX_PROBLEMS = 52;
    private static final Duration MAX_DURATION = Duration.ofDays(366);

    private final ProblemStore problems;

    public ContestDefinitions(ProblemStore problems) {
        this.problems = problems;
    }

    /** The checked draft, or every problem found with the request. */
    public ContestDraft check(ContestRequest r) throws InvalidContest {
        List<String> errors = new ArrayList<>();
        if (r.slug() == null || !SLUG.matcher(r.slug()).matches()) {
            errors.add("slug: 1 to 64 lowercase letters, digits, '-' or '_', starting with a letter or digit; got "
                    + quote(r.slug()));
        }
        if (r.title() == null || r.title().isBlank() || r.title().length() > 300) {
            errors.add("title: 1 to 300 characters");
        }
        ContestFormat format = null;
        try {
            format = ContestFormat.parse(r.format() == null ? "" : r.format());
        } catch (IllegalArgumentException e) {
            errors.add("format: " + e.getMessage());
        }
        IoiMode mode = null;
        if (format == ContestFormat.IOI) {
            mode = ioiMode(r.ioiMode(), errors);
        } else if (r.ioiMode() != null) {
            errors.add("ioiMode: only an IOI contest has one");
        }
        Instant start = instant("startsAt", r.startsAt(), errors);
        Duration duration = duration("duration", r.duration(), errors);
        if (duration != null && (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_DURATION) > 0)) {
            errors.add("duration: more than zero and at most a year; got " + r.duration());
            duration = null;
        }
        Duration freeze = r.freeze() == null ? null : duration("freeze", r.freeze(), errors);
        if (freeze != null) {
            if (format == ContestFormat.IOI) errors.add("freeze: only an ICPC contest's board freezes");
            if (freeze.isNegative() || freeze.isZero() || (duration != null && freeze.compareTo(duration) > 0)) {
                errors.add("freeze: more than zero and at most the duration; got " + r.freeze());
            }
        }
        int penalty = r.penaltyMinutes() == null ? DEFAULT_PENALTY : r.penaltyMinutes();
        if (penalty < 0 || penalty > 1000) errors.add("penaltyMinutes: 0 to 1000; got " + penalty);
        if (r.submissionsPerMinute() != null && (r.submissionsPerMinute() < 1 || r.submissionsPerMinute() > 10_000)) {
            errors.add("submissionsPerMinute: 1 to 10000; got " + r.submissionsPerMinute());
        }
        List<ContestDraft.Problem> set = problemSet(r.problems(), format, errors);
        if (!errors.isEmpty()) throw new InvalidContest(errors);
        return new ContestDraft(r.slug(), r.title().strip(), format, mode, start, duration, freeze, penalty,
                Boolean.TRUE.equals(r.publicContest()), r.registrationOpen() == null || r.registrationOpen(),
                r.submissionsPerMinute(), set);
    }

    private List<ContestDraft.Problem> problemSet(List<ContestRequest.Problem> requested, ContestFormat format,
                                                  List<String> errors) {
        if (requested == null || requested.isEmpty()) {
            errors.add("problems: a contest needs at least one problem");
            return List.of();
        }
        if (requested.size() > MAX_PROBLEMS) errors.add("problems: at most " + MAX_PROBLEMS);
        List<ContestDraft.Problem> set = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            ContestRequest.Problem p = requested.get(i);
            String where = "problems[" + i + "]";
            if (p == null) {
                errors.add(where + ": empty");
                continue;
            }
            String label = p.label() == null ? defaultLabel(i) : p.label();
            if (!LABEL.matcher(label).matches()) errors.add(where + ".label: 1 to 16 letters or digits; got " + quote(label));
            else if (!labels.add(label.toUpperCase(Locale.ROOT))) errors.add(where + ".label: '" + label + "' is used twice");
            Optional<StoredProblem> problem = p.problem() == null ? Optional.empty() : problems.bySlug(p.problem());
            if (problem.isEmpty()) {
                errors.add(where + ".problem: there is no problem " + quote(p.problem()));
                continue;
            }
            if (!ids.add(problem.get().id())) errors.add(where + ".problem: '" + p.problem() + "' is in the set twice");
            double points = p.points() == null ? DEFAULT_POINTS : p.points();
            if (!(points > 0 && points <= 1_000_000)) errors.add(where + ".points: more than 0, at most 1000000");
            if (p.points() != null && format == ContestFormat.ICPC) errors.add(where + ".points: only IOI problems have points");
            set.add(new ContestDraft.Problem(label, problem.get().id(), points));
        }
        return set;
    }

    private static String defaultLabel(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : "P" + (index + 1);
    }

    private static IoiMode ioiMode(String text, List<String> errors) {
        if (text == null || text.equals("best-submission")) return IoiMode.BEST_SUBMISSION;
        if (text.equals("best-per-subtask")) return IoiMode.BEST_PER_SUBTASK;
        errors.add("ioiMode: 'best-submission' or 'best-per-subtask'; got " + quote(text));
        return null;
    }

    private static Instant instant(String field, String text, List<String> errors) {
        if (text == null) {
            errors.add(field + ": missing (an ISO-8601 instant such as 2026-12-01T09:00:00Z)");
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(field + ": not an ISO-8601 instant such as 2026-12-01T09:00:00Z; got " + quote(text));
            return null;
        }
    }

    private static Duration duration(String field, String text, List<String> errors) {
        if (text == null) {
            errors.add(field + ": missing (an ISO-8601 duration such as PT5H)");
            return null;
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(field + ": not an ISO-8601 duration such as PT5H or PT30M; got " + quote(text));
            return null;
        }
    }

    private static String quote(String s) {
        return s == null ? "nothing" : "'" + s + "'";
    }

    /** A contest request with problems; nothing was stored. */
    public static final class InvalidContest extends Exception {
        private final List<String> problems;

        InvalidContest(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
