package dev.gavel.server.contest;

import dev.gavel.server.api.ApiException;
import dev.gavel.server.api.RateLimiter;
import dev.gavel.server.contest.board.RevealStep;
import dev.gavel.server.queue.Lane;
import dev.gavel.server.submission.SubmissionService;
import dev.gavel.server.submission.SubmissionStore;
import dev.gavel.server.user.CurrentUser;
import dev.gavel.server.user.Users;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Contest rules: who sees a contest, who may register and submit, and when. */
@Service
public class ContestService {

    /** How old a contest read for viewers' requests may be. */
    static final Duration RECENT = Duration.ofSeconds(2);

    private final ContestStore store;
    private final ContestDefinitions definitions;
    private final ContestBoards boards;
    private final SubmissionService submissions;
    private final SubmissionStore submissionStore;
    private final Users users;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Map<Long, RateLimiter> rates = new ConcurrentHashMap<>();
    private final Map<String, Recent<Contest>> recent = new ConcurrentHashMap<>();
    private final List<ContestListener> listeners;
    private volatile Recent<Set<Long>> hidden;

    /** Something as read at {@code readAt} ({@link System#nanoTime()}). */
    private record Recent<T>(T value, long readAt) {

        boolean fresh() {
            return System.nanoTime() - readAt < RECENT.toNanos();
        }
    }

    public ContestService(ContestStore store, ContestDefinitions definitions, ContestBoards boards,
                          SubmissionService submissions, SubmissionStore submissionStore, Users users,
                          TransactionTemplate tx, Clock clock, List<ContestListener> listeners) {
        this.listeners = List.copyOf(listeners);
        this.store = store;
        this.definitions = definitions;
        this.boards = boards;
        this.submissions = submissions;
        this.submissionStore = submissionStore;
        this.users = users;
        this.tx = tx;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public Contest create(ContestRequest request) {
        ContestDraft draft = check(request);
        try {
            Long id = tx.execute(s -> store.insert(draft));
            Contest created = store.byId(id).orElseThrow();
            hidden = null;
            listeners.forEach(l -> l.defined(created));
            return created;
        } catch (DuplicateKeyException e) {
            throw slugTaken(draft.slug());
        }
    }

    /** Replaces a contest's definition; its board is rebuilt from the stored submissions. */
    public Contest update(String slug, ContestRequest request) {
        Contest old = fresh(slug);
        ContestDraft draft = check(request);
        if (!draft.slug().equals(old.slug()) && store.bySlug(draft.slug()).isPresent()) throw slugTaken(draft.slug());
        tx.executeWithoutResult(s -> store.update(old.id(), draft));
        Contest updated = store.byId(old.id()).orElseThrow();
        forget(old);
        hidden = null;
        rates.remove(old.id());
        boards.reload(updated);
        listeners.forEach(l -> l.defined(updated));
        return updated;
    }

    private ContestDraft check(ContestRequest request) {
        if (request == null) throw ApiException.badRequest("missing-body", "send the contest as JSON");
        try {
            return definitions.check(request);
        } catch (ContestDefinitions.InvalidContest e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "bad-contest",
                    "the contest was not saved: " + e.problems().size() + " problem(s) found", e.problems(), null);
        }
    }

    private static ApiException slugTaken(String slug) {
        return new ApiException(HttpStatus.CONFLICT, "contest-exists", "there is already a contest '" + slug + "'");
    }

    /** Contests this user may see: public ones, the ones they take part in, all of them for admins. */
    public List<Contest> visibleTo(Optional<CurrentUser> user) {
        List<Contest> visible = new ArrayList<>();
        for (Contest c : store.all()) {
            if (canSee(c, user)) visible.add(c);
        }
        return visible;
    }

    /** The contest, if this user may see it; else 404 as if it did not exist. */
    public Contest visible(String slug, Optional<CurrentUser> user) {
        Contest c = existing(slug);
        if (!canSee(c, user)) throw unknown(slug);
        return c;
    }

    private boolean canSee(Contest c, Optional<CurrentUser> user) {
        if (c.publicContest()) return true;
        return user.isPresent() && (user.get().admin() || store.isParticipant(c.id(), user.get().id()));
    }

    /**
     * The contest as read at most {@link #RECENT} ago: every viewer's request reads it, and ten thousand viewers
     * connecting at once would otherwise queue for database connections. Edits made on this server are seen at once,
     * edits made on another one within that time.
     */
    public Contest existing(String slug) {
        Recent<Contest> r = recent.get(slug);
        if (r != null && r.fresh()) return r.value();
        Contest c = fresh(slug);
        recent.put(slug, new Recent<>(c, System.nanoTime()));
        return c;
    }

    /**
     * Problems of contests that have not ended: the practice API does not show them (but to administrators), so a
     * contest's problems are not read before it starts, nor solved outside it while it runs.
     */
    public Set<Long> problemsInUnfinishedContests() {
        Recent<Set<Long>> h = hidden;
        if (h != null && h.fresh()) return h.value();
        Instant now = now();
        Set<Long> ids = new HashSet<>();
        for (Contest c : store.all()) {
            if (c.phase(now) != ContestPhase.ENDED) c.problems().forEach(p -> ids.add(p.problemId()));
        }
        Set<Long> value = Set.copyOf(ids);
        hidden = new Recent<>(value, System.nanoTime());
        return value;
    }

    /** The contest as stored now (for changes). */
    private Contest fresh(String slug) {
        return store.bySlug(slug).orElseThrow(() -> unknown(slug));
    }

    private void forget(Contest c) {
        recent.remove(c.slug());
    }

    private static ApiException unknown(String slug) {
        return ApiException.notFound("unknown-contest", "there is no contest '" + slug + "'");
    }

    public boolean isParticipant(Contest c, CurrentUser user) {
        return store.isParticipant(c.id(), user.id());
    }

    /** The participant the user takes part as: their team's id when they are a member of one, else their own. */
    public Optional<Long> participantOf(Contest c, CurrentUser user) {
        return store.participantOf(c.id(), user.id());
    }

    /** Whether the problem set is shown: to everyone who sees the contest once it has started; admins always. */
    public boolean problemsShown(Contest c, Optional<CurrentUser> user) {
        return c.phase(now()) != ContestPhase.UPCOMING || user.map(CurrentUser::admin).orElse(false);
    }

    /** A problem of the set with its label, for someone the set is shown to (403 before the start, 404 no such). */
    public ContestProblem shownProblem(Contest c, Optional<CurrentUser> user, String label) {
        if (!problemsShown(c, user)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "contest-not-started",
                    "the problems of '" + c.slug() + "' are shown when it starts, at " + c.startsAt());
        }
        return problem(c, label);
    }

    /** The contest's problem with this label, or 404. */
    public ContestProblem problem(Contest c, String label) {
        return c.problem(label).orElseThrow(() -> ApiException.notFound("unknown-problem",
                "contest '" + c.slug() + "' has no problem '" + label + "'"));
    }

    /** A user registers themselves: a public contest with registration open, not over yet. */
    public boolean register(String slug, CurrentUser user) {
        Contest c = visible(slug, Optional.of(user));
        if (!c.publicContest() && !user.admin()) {
            throw ApiException.forbidden("'" + slug + "' is private: an administrator adds its participants");
        }
        if (!c.registrationOpen()) {
            throw new ApiException(HttpStatus.CONFLICT, "registration-closed", "registration for '" + slug + "' is closed");
        }
        if (c.phase(now()) == ContestPhase.ENDED) {
            throw new ApiException(HttpStatus.CONFLICT, "contest-over", "'" + slug + "' is over");
        }
        return addParticipant(c, user.id());
    }

    /** An administrator adds participants by user name; returns the names that were not participants before. */
    public List<String> addParticipants(String slug, List<String> usernames) {
        Contest c = fresh(slug);
        if (usernames == null || usernames.isEmpty()) {
            throw ApiException.badRequest("no-users", "send {\"usernames\": [\"...\"]}");
        }
        List<String> unknown = usernames.stream().filter(n -> n == null || users.byName(n).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-users", "nobody was added: "
                    + unknown.size() + " unknown user name(s)", unknown.stream().map(n -> "no user " + n).toList(), null);
        }
        List<String> added = new ArrayList<>();
        for (String name : usernames) {
            if (addParticipant(c, users.byName(name).orElseThrow().id())) added.add(name);
        }
        return added;
    }

    /**
     * An administrator adds a team: a new account named {@code name} (which nobody signs in to) takes part in the
     * contest, and the members' submissions count for it. Members must be users who take no part in the contest yet
     * and have not submitted to it. Refused, with every problem listed, changing nothing.
     */
    public List<String> addTeam(String slug, String name, List<String> members) {
        Contest c = fresh(slug);
        if (members == null || members.isEmpty()) {
            throw ApiException.badRequest("no-members", "send {\"name\": \"...\", \"members\": [\"...\"]}");
        }
        List<String> problems = new ArrayList<>();
        List<Long> memberIds = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String member : members) {
            Optional<CurrentUser> user = member == null ? Optional.empty() : users.byName(member);
            if (user.isEmpty()) {
                problems.add("no user " + member);
            } else if (!seen.add(member)) {
                problems.add(member + " is listed twice");
            } else if (store.isParticipant(c.id(), user.get().id())) {
                problems.add(member + " already takes part in '" + slug + "'");
            } else if (store.hasSubmitted(c.id(), user.get().id())) {
                problems.add(member + " has submitted to '" + slug + "' (an administrator's test)");
            } else {
                memberIds.add(user.get().id());
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "bad-team", "the team was not added: "
                    + problems.size() + " problem(s) with its members", problems, null);
        }
        CurrentUser team = tx.execute(s -> {
            CurrentUser account = users.signUpWithoutSignIn(name);
            store.addParticipant(c.id(), account.id());
            store.addMembers(c.id(), account.id(), memberIds);
            return account;
        });
        boards.participantAdded(c, team.id());
        listeners.forEach(l -> l.participantAdded(c, team.id()));
        return members;
    }

    /** The contest's teams with their members (administrators). */
    public List<ContestStore.Team> teams(String slug) {
        return store.teams(fresh(slug).id());
    }

    private boolean addParticipant(Contest c, long userId) {
        boolean added;
        try {
            added = store.addParticipant(c.id(), userId);
        } catch (DuplicateKeyException e) {
            added = false;
        }
        if (added) {
            boards.participantAdded(c, userId);
            listeners.forEach(l -> l.participantAdded(c, userId));
        }
        return added;
    }

    /**
     * Accepts a submission to a contest problem: participants while it runs; administrators at any time (for
     * testing: their submissions are judged but not on the board). Returns the submission's id.
     */
    public long submit(String slug, String label, CurrentUser user, String language, String source) {
        Contest c = visible(slug, Optional.of(user));
        ContestProblem problem = problem(c, label);
        if (!user.admin()) {
            if (!store.isParticipant(c.id(), user.id())) {
                throw ApiException.forbidden("you are not a participant of '" + slug + "'"
                        + (c.publicContest() && c.registrationOpen() ? "; register first" : ""));
            }
            Instant now = now();
            switch (c.phase(now)) {
                case UPCOMING -> throw new ApiException(HttpStatus.CONFLICT, "contest-not-started",
                        "'" + slug + "' has not started; it starts at " + c.startsAt());
                case ENDED -> throw new ApiException(HttpStatus.CONFLICT, "contest-over",
                        "'" + slug + "' ended at " + c.endsAt() + "; late submissions are not accepted");
                case RUNNING -> {
                }
            }
        }
        return submissions.submitToContest(user, c.id(), problem.problemId(), language, source, rate(c));
    }

    private RateLimiter rate(Contest c) {
        if (c.submissionsPerMinute() == null) return null;
        return rates.computeIfAbsent(c.id(), id -> new RateLimiter(c.submissionsPerMinute()));
    }

    /** Rejudges every finished submission of one contest problem, in the contest lane. */
    public int rejudge(String slug, String label) {
        Contest c = fresh(slug);
        ContestProblem p = problem(c, label);
        return submissions.rejudge(submissionStore.doneInContest(c.id(), p.problemId()), Lane.CONTEST);
    }

    /** Shows the whole truth on the public board at once (after the contest). */
    public Contest unfreeze(String slug) {
        Contest c = afterTheEnd(slug);
        boards.kept(c).board().unfreeze();
        return markUnfrozen(c);
    }

    /**
     * The resolver's next step: one frozen cell of the public board revealed (lowest-ranked row first). Empty when
     * nothing is left to reveal; the contest then counts as unfrozen. Each step is stored, so a board rebuilt
     * meanwhile (a restart) shows the cells revealed so far and the next step goes on from there.
     */
    public synchronized Optional<RevealStep> revealNext(String slug) {
        Contest c = afterTheEnd(slug);
        ContestBoards.Loaded loaded = boards.kept(c);
        Optional<RevealStep> step = loaded.board().revealNext();
        step.ifPresent(s -> tx.executeWithoutResult(t -> store.addReveal(c.id(),
                new ContestStore.Reveal(s.participant(), c.problems().get(s.problem()).label()), now())));
        if (!loaded.board().frozen() && c.unfrozenAt() == null) markUnfrozen(c);
        return step;
    }

    private Contest afterTheEnd(String slug) {
        Contest c = fresh(slug);
        if (c.phase(now()) != ContestPhase.ENDED) {
            throw new ApiException(HttpStatus.CONFLICT, "contest-not-over", "the board of '" + slug
                    + "' is unfrozen after the contest, which ends at " + c.endsAt());
        }
        return c;
    }

    private Contest markUnfrozen(Contest c) {
        if (c.unfrozenAt() == null) store.setUnfrozen(c.id(), now());
        Contest updated = store.byId(c.id()).orElseThrow();
        forget(c);
        boards.refresh(updated);
        listeners.forEach(l -> l.unfrozen(updated));
        return updated;
    }
}
