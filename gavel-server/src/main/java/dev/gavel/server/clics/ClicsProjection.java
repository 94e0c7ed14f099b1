package dev.gavel.server.clics;

import dev.gavel.judge.language.Language;
import dev.gavel.server.contest.Contest;
import dev.gavel.server.contest.ContestFormat;
import dev.gavel.server.contest.ContestProblem;
import dev.gavel.server.contest.ContestStore;
import dev.gavel.server.engine.JudgeEngine;
import dev.gavel.server.problem.LoadedProblem;
import dev.gavel.server.problem.ProblemCatalog;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a contest's CLICS objects are now, built from Gavel's own records, with what the public may see of each.
 *
 * <p>Mapping: the contest's id is its slug; a team is a participant (id and label: the user id, name: the user
 * name); a problem's id is its slug (the package's name), its label and ordinal those of the contest; a submission's
 * id is Gavel's submission id. Only submissions that count on the board are shown: a participant's, made while the
 * contest ran, to a problem of its set (administrators' test submissions are not); their judgements are
 * {@link JudgementRounds}. The public is not shown the problem set before the start, nor the judgements of
 * submissions made during the freeze until the board is unfrozen.
 */
@Component
class ClicsProjection {

    private final ProblemCatalog catalog;
    private final JudgeEngine engine;

    ClicsProjection(ProblemCatalog catalog, JudgeEngine engine) {
        this.catalog = catalog;
        this.engine = engine;
    }

    Wire.ContestObject contestObject(Contest c) {
        boolean icpc = c.format() == ContestFormat.ICPC;
        return new Wire.ContestObject(c.slug(), c.title(), c.title(), ClicsTimes.absolute(c.startsAt()),
                ClicsTimes.relative(c.duration()), c.freeze() == null ? null : ClicsTimes.relative(c.freeze()),
                icpc ? "pass-fail" : "score", icpc ? c.penaltyMinutes() : null);
    }

    /**
     * The contest's state at an instant. Gavel has no "finalized" step (a rejudge may still come), so
     * {@code finalized} and {@code end_of_updates} stay null.
     */
    Wire.StateObject state(Contest c, Instant now) {
        Instant freezesAt = c.freezesAt().orElse(null);
        boolean frozen = freezesAt != null && !now.isBefore(freezesAt);
        return new Wire.StateObject(reached(c.startsAt(), now), frozen ? ClicsTimes.absolute(freezesAt) : null,
                reached(c.endsAt(), now), frozen && c.unfrozenAt() != null ? ClicsTimes.absolute(c.unfrozenAt()) : null,
                null, null);
    }

    private static String reached(Instant at, Instant now) {
        return now.isBefore(at) ? null : ClicsTimes.absolute(at);
    }

    /** The objects that change with the contest's definition and the clock: contest, state, problems. */
    List<Wanted> definition(Contest c, Instant now) {
        List<Wanted> wanted = new ArrayList<>();
        wanted.add(Wanted.of(ObjectKey.singleton(ObjectType.CONTEST), contestObject(c), PublicView.SAME));
        wanted.add(Wanted.of(ObjectKey.singleton(ObjectType.STATE), state(c, now), PublicView.SAME));
        PublicView problems = problemsPublic(c, now) ? PublicView.SAME : PublicView.WITHHELD;
        for (ContestProblem p : c.problems()) {
            wanted.add(Wanted.of(new ObjectKey(ObjectType.PROBLEMS, p.slug()), problem(c, p), problems));
        }
        return wanted;
    }

    /** The public sees the problem set once the contest has started. */
    static boolean problemsPublic(Contest c, Instant now) {
        return !now.isBefore(c.startsAt());
    }

    private Wire.ProblemObject problem(Contest c, ContestProblem p) {
        Optional<LoadedProblem> loaded = catalog.byId(p.problemId());
        BigDecimal timeLimit = loaded.map(l -> BigDecimal.valueOf(catalog.timeLimit(l).toMillis(), 3)).orElse(null);
        int tests = loaded.map(l -> l.prepared().problem().tests().size()).orElse(0);
        return new Wire.ProblemObject(p.slug(), p.label(), p.name(), p.ordinal(), timeLimit, tests,
                c.format() == ContestFormat.IOI ? p.points() : null);
    }

    /** Judgement types and languages: the same for the whole contest. */
    List<Wanted> catalogue(Contest c) {
        List<Wanted> wanted = new ArrayList<>();
        boolean icpc = c.format() == ContestFormat.ICPC;
        for (JudgementType t : JudgementType.values()) {
            Wire.JudgementTypeObject type = new Wire.JudgementTypeObject(t.name(), t.title(),
                    icpc ? t.penalty() : null, t.solved());
            wanted.add(Wanted.of(new ObjectKey(ObjectType.JUDGEMENT_TYPES, t.name()), type,
                    t.isPublic() ? PublicView.SAME : PublicView.WITHHELD));
        }
        for (Language l : engine.languages().all()) {
            Wire.LanguageObject language = new Wire.LanguageObject(l.id(), l.name(), false, l.extensions());
            wanted.add(Wanted.of(new ObjectKey(ObjectType.LANGUAGES, l.id()), language, PublicView.SAME));
        }
        return wanted;
    }

    Wanted team(ContestStore.Participant p) {
        String id = String.valueOf(p.userId());
        return Wanted.of(new ObjectKey(ObjectType.TEAMS, id), new Wire.TeamObject(id, p.username(), id),
                PublicView.SAME);
    }

    static ObjectKey submissionKey(ClicsSubmission s) {
        return new ObjectKey(ObjectType.SUBMISSIONS, String.valueOf(s.id()));
    }

    /** Whether a submission counts on the board, and so is shown: see the class comment. */
    static boolean counts(Contest c, Set<Long> participants, ClicsSubmission s) {
        return participants.contains(s.participantId()) && duringContest(c, s.createdAt())
                && c.problemById(s.problemId()).isPresent();
    }

    static boolean duringContest(Contest c, Instant at) {
        long elapsed = c.elapsed(at).toMillis();
        return elapsed >= 0 && elapsed < c.duration().toMillis();
    }

    /** A counting submission (see {@link #counts}). */
    Wanted submission(Contest c, ClicsSubmission s) {
        ContestProblem p = c.problemById(s.problemId()).orElseThrow();
        Wire.SubmissionObject o = new Wire.SubmissionObject(String.valueOf(s.id()), s.language(), p.slug(),
                String.valueOf(s.participantId()), ClicsTimes.absolute(s.createdAt()),
                ClicsTimes.relative(c.elapsed(s.createdAt())), null, List.of());
        return Wanted.of(submissionKey(s), o, PublicView.SAME);
    }

    /** The board hides from the public the results of submissions made from the freeze until it is unfrozen. */
    static boolean hiddenByFreeze(Contest c, Instant submittedAt) {
        return c.unfrozenAt() == null && c.freezesAt().map(f -> !submittedAt.isBefore(f)).orElse(false);
    }
}
