package dev.gavel.server.contest;

import dev.gavel.server.contest.board.Board;
import dev.gavel.server.contest.board.BoardEvent;
import dev.gavel.server.contest.board.BoardProblem;
import dev.gavel.server.contest.board.BoardSpec;
import dev.gavel.server.contest.board.CellId;
import dev.gavel.server.contest.board.Judgement;
import dev.gavel.server.contest.board.Cell;
import dev.gavel.server.contest.board.Outcome;
import dev.gavel.server.contest.board.RankStore;
import dev.gavel.server.contest.board.RankedRow;
import dev.gavel.server.contest.board.Row;
import dev.gavel.server.contest.board.Scoring;
import dev.gavel.server.contest.board.View;
import dev.gavel.server.config.GavelProperties;
import dev.gavel.server.submission.ContestSubmissionListener;
import dev.gavel.server.submission.ContestSubmissionListener.SubmissionChange;
import dev.gavel.server.submission.SubmissionViews;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every contest's live {@link Board}. A board is built once from the stored submissions (at first use, or when its
 * contest is redefined); after that each committed change of a contest submission moves only its participant's
 * row: one thread reads the changed submissions back from the database, in batches, and records them.
 * Loading and applying share one lock, so a change is either in the rows a (re)load reads or applied after it.
 *
 * <p>Cluster mode (boards in Redis, {@link BoardStores#shared()}): one server at a time keeps a contest's board, the
 * one holding its lease ({@link BoardLeases}), which it renews a third of the way through; it {@link RankStore#claim
 * claims} the board in Redis, so a server that lost it can no longer write there. Every server writes its contest
 * submissions' changes to the database in their own transactions, and the keeper takes them from there (at once for
 * its own, within {@value #POLL_MILLIS} ms for the others'). The other servers serve the board from Redis, read-only
 * ("followed"), and take it over when the keeper's lease runs out; an administrator's action on the board (redefine,
 * unfreeze, reveal) takes it over on the server that runs it.
 */
@Component
public class ContestBoards implements ContestSubmissionListener {

    private static final Logger log = LoggerFactory.getLogger(ContestBoards.class);
    private static final int BATCH = 1000;
    static final long POLL_MILLIS = 100;

    private final ContestStore store;
    private final BoardStores stores;
    private final SubmissionViews views;
    private final BoardLeases leases;
    private final boolean shared;
    private final Duration lease;
    private final String keeper = "board-keeper#" + UUID.randomUUID();
    private final Map<Long, Loaded> boards = new ConcurrentHashMap<>();
    private final Map<Watch, BoardListener> listeners = new ConcurrentHashMap<>();
    private final BlockingQueue<SubmissionChange> changes = new LinkedBlockingQueue<>();
    private final Thread applier;
    private volatile boolean closed;

    private record Watch(long contestId, View view) {
    }

    /**
     * A board with the contest it was built for, its participants' names and where it is kept. {@code kept}: this
     * server writes the board (in memory mode always; in cluster mode while it holds the board's lease); otherwise it
     * only reads the board another server keeps.
     */
    public record Loaded(Contest contest, Board board, Map<Long, String> names, RankStore store, boolean kept) {

        /** A row as clients see it, with the participant's name and the problems' labels. */
        public LeaderboardRow present(RankedRow ranked) {
            Row row = ranked.row();
            boolean icpc = contest.format() == ContestFormat.ICPC;
            List<LeaderboardRow.Cell> cells = new ArrayList<>(row.cells().size());
            for (int i = 0; i < row.cells().size(); i++) {
                Cell c = row.cells().get(i);
                cells.add(new LeaderboardRow.Cell(contest.problems().get(i).label(), c.tries(), c.pending(),
                        c.solved(), icpc && c.solved() ? c.solvedMinute() : null, c.firstToSolve(),
                        icpc ? null : c.score(), c.frozen()));
            }
            return new LeaderboardRow(ranked.rank(), row.participant(),
                    names.getOrDefault(row.participant(), "user " + row.participant()), row.solved(),
                    icpc ? null : row.points(), icpc ? row.penaltyMinutes() : null,
                    icpc ? row.lastAcMinute() : null, cells);
        }
    }

    /** Hears a view's row changes, and that the board was rebuilt (event ids start again: reload it). */
    public interface BoardListener {
        void changed(BoardEvent event);

        void rebuilt();
    }

    public ContestBoards(ContestStore store, BoardStores stores, SubmissionViews views, BoardLeases leases,
                         GavelProperties properties) {
        this.store = store;
        this.stores = stores;
        this.views = views;
        this.leases = leases;
        this.shared = stores.shared();
        this.lease = properties.leaderboard().lease();
        this.applier = Thread.ofPlatform().name("contest-boards").daemon()
                .start(shared ? this::keepSharedBoards : this::applyChanges);
    }

    @PreDestroy
    void close() {
        closed = true;
        applier.interrupt();
        try {
            applier.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Loaded l : boards.values()) {
            if (shared && l.kept()) release(l.contest().id());
            l.store().close();
        }
    }

    private void release(long contestId) {
        try {
            leases.release(contestId, keeper);
        } catch (RuntimeException e) {
            log.warn("could not give up the board of contest {}; another server takes it when the lease runs out: {}",
                    contestId, e.toString());
        }
    }

    /** The contest's board, built from the stored submissions when this is its first use. */
    public Loaded board(Contest contest) {
        Loaded loaded = boards.get(contest.id());
        return loaded != null ? loaded : load(contest);
    }

    /** The contest's board if it is built. */
    public Optional<Loaded> loaded(long contestId) {
        return Optional.ofNullable(boards.get(contestId));
    }

    private synchronized Loaded load(Contest contest) {
        Loaded loaded = boards.get(contest.id());
        if (loaded != null) return loaded;
        if (shared && !leases.acquire(contest.id(), keeper, lease)) return follow(contest);
        return build(contest);
    }

    /**
     * The contest's board, kept by this server: for what changes the board other than its submissions (unfreeze,
     * reveal). In cluster mode this server takes the board over if another keeps it.
     */
    public synchronized Loaded kept(Contest contest) {
        Loaded loaded = boards.get(contest.id());
        if (loaded != null && loaded.kept()) return loaded;
        if (shared) leases.take(contest.id(), keeper, lease);
        return build(contest);
    }

    /** Builds the contest's board again from its definition and stored submissions (after an edit). */
    public synchronized Loaded reload(Contest contest) {
        if (shared) leases.take(contest.id(), keeper, lease);
        return build(contest);
    }

    private Loaded build(Contest contest) {
        Map<Long, String> names = names(contest.id());
        List<Judgement> judgements = new ArrayList<>();
        for (ContestSubmission s : store.submissions(contest.id())) {
            judgement(contest, names.keySet(), s).ifPresent(judgements::add);
        }
        RankStore rankStore = stores.forContest(contest.id());
        if (shared) rankStore.claim(keeper);
        Board board = Board.rebuild(spec(contest), rankStore, names.keySet(), judgements, revealed(contest));
        return replace(new Loaded(contest, board, names, rankStore, true));
    }

    /** Cluster mode: the board another server keeps, read from Redis. */
    private Loaded follow(Contest contest) {
        RankStore rankStore = stores.forContest(contest.id());
        return replace(new Loaded(contest, new Board(spec(contest), rankStore), names(contest.id()), rankStore, false));
    }

    /** The contest's participants' names by user id. */
    private Map<Long, String> names(long contestId) {
        Map<Long, String> names = new ConcurrentHashMap<>();
        store.participants(contestId).forEach(p -> names.put(p.userId(), p.username()));
        return names;
    }

    private Loaded replace(Loaded loaded) {
        long contestId = loaded.contest().id();
        for (View view : View.values()) loaded.board().subscribe(view, event -> forward(contestId, view, event));
        Loaded old = boards.put(contestId, loaded);
        if (old != null) {
            old.store().close();
            listeners.forEach((watch, l) -> {
                if (watch.contestId() == contestId) l.rebuilt();
            });
        }
        return loaded;
    }

    /** The cells the resolver has revealed, while the contest is not unfrozen (then every cell shows). */
    private List<CellId> revealed(Contest contest) {
        if (contest.unfrozenAt() != null) return List.of();
        List<CellId> cells = new ArrayList<>();
        for (ContestStore.Reveal r : store.reveals(contest.id())) {
            contest.problems().stream().filter(p -> p.label().equals(r.label())).findFirst()
                    .ifPresent(p -> cells.add(new CellId(r.userId(), p.ordinal())));
        }
        return cells;
    }

    /**
     * Sets the one listener of a contest view's changes (the push fan-out); it hears them from whichever board is
     * current, across rebuilds.
     */
    public void watch(long contestId, View view, BoardListener listener) {
        listeners.put(new Watch(contestId, view), listener);
    }

    private void forward(long contestId, View view, BoardEvent event) {
        BoardListener l = listeners.get(new Watch(contestId, view));
        if (l != null) l.changed(event);
    }

    /** The contest record changed without changing its board (unfrozen): keep the board, take the record. */
    public synchronized void refresh(Contest contest) {
        boards.computeIfPresent(contest.id(), (id, l) -> l.kept()
                ? new Loaded(contest, l.board(), l.names(), l.store(), true)
                : new Loaded(contest, new Board(spec(contest), l.store()), l.names(), l.store(), false));
    }

    /** A participant joined: they get an empty row (from the server that keeps the board, in cluster mode). */
    public synchronized void participantAdded(Contest contest, long userId) {
        if (shared) leases.log(contest.id(), BoardLeases.Kind.PARTICIPANT, userId);
        Loaded loaded = boards.get(contest.id());
        if (loaded == null) return;
        if (loaded.kept()) register(loaded, List.of(userId));
        else learnNames(loaded, List.of(userId));
    }

    /** New participants of a board this server keeps: their names, and an empty row each. */
    private void register(Loaded loaded, List<Long> userIds) {
        learnNames(loaded, userIds);
        loaded.board().registerAll(userIds.stream().filter(loaded.names()::containsKey).toList());
    }

    /** The names of those of these users who are participants of the board's contest. */
    private void learnNames(Loaded loaded, List<Long> userIds) {
        store.participants(loaded.contest().id(), userIds).forEach(p -> loaded.names().put(p.userId(), p.username()));
    }

    @Override
    public void changing(long contestId, long submissionId) {
        changingAll(List.of(new SubmissionChange(contestId, submissionId)));
    }

    @Override
    public void changingAll(List<SubmissionChange> changes) {
        if (shared) leases.logSubmissions(changes);
    }

    @Override
    public void changed(long contestId, long submissionId) {
        changes.add(new SubmissionChange(contestId, submissionId));
    }

    private void applyChanges() {
        List<SubmissionChange> batch = new ArrayList<>();
        while (!closed) {
            try {
                SubmissionChange first = changes.poll(1, TimeUnit.SECONDS);
                if (first == null) continue;
                batch.add(first);
                changes.drainTo(batch, BATCH - 1);
                apply(batch);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.error("contest board update failed; the boards of {} are rebuilt", contestsOf(batch), e);
                rebuildAfterFailure(batch);
            } finally {
                batch.clear();
            }
        }
    }

    private synchronized void apply(List<SubmissionChange> batch) {
        Map<Long, Set<Long>> byContest = new HashMap<>();
        for (SubmissionChange c : batch) {
            byContest.computeIfAbsent(c.contestId(), k -> new HashSet<>()).add(c.submissionId());
        }
        byContest.forEach((contestId, ids) -> {
            Loaded loaded = boards.get(contestId);
            if (loaded == null) return; // not built yet: building it will read these submissions
            List<Judgement> judgements = new ArrayList<>();
            for (ContestSubmission s : store.submissions(contestId, ids)) {
                judgement(loaded.contest(), loaded.names().keySet(), s).ifPresent(judgements::add);
            }
            loaded.board().recordAll(judgements);
        });
    }

    /**
     * Cluster mode's loop: takes the logged changes of the boards this server keeps (at once when one of its own
     * commits says so, else every {@value #POLL_MILLIS} ms), and every third of a lease renews those leases and
     * takes over the followed boards whose keeper is gone.
     */
    private void keepSharedBoards() {
        long nextLeaseCheck = System.nanoTime();
        while (!closed) {
            try {
                changes.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                changes.clear();
                // after a full batch more wait: read on at once, a bounded number of times (leases need renewing)
                boolean more = true;
                for (int round = 0; more && round < 100 && !closed; round++) more = takeLogged() == BATCH;
                if (System.nanoTime() - nextLeaseCheck >= 0) {
                    checkLeases();
                    nextLeaseCheck = System.nanoTime() + lease.toNanos() / 3;
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!closed) log.error("keeping the contest boards failed; trying again", e);
            }
        }
    }

    /** Takes the oldest changes logged for the boards this server keeps, read in one query; returns how many. */
    private synchronized int takeLogged() {
        List<Long> kept = boards.values().stream().filter(Loaded::kept).map(l -> l.contest().id()).toList();
        List<BoardLeases.Change> logged = leases.changes(kept, BATCH);
        Map<Long, List<BoardLeases.Change>> byContest = new HashMap<>();
        for (BoardLeases.Change c : logged) byContest.computeIfAbsent(c.contestId(), id -> new ArrayList<>()).add(c);
        byContest.forEach(this::takeLogged);
        return logged.size();
    }

    private void takeLogged(long contestId, List<BoardLeases.Change> logged) {
        Loaded loaded = boards.get(contestId);
        if (loaded == null || !loaded.kept()) return;
        try {
            List<Long> joined = new ArrayList<>();
            Set<Long> submissions = new HashSet<>();
            for (BoardLeases.Change c : logged) {
                if (c.kind() == BoardLeases.Kind.PARTICIPANT) joined.add(c.refId());
                else submissions.add(c.refId());
            }
            if (!joined.isEmpty()) register(loaded, joined);
            List<ContestSubmission> changed = store.submissions(contestId, submissions);
            List<Long> unknown = changed.stream().map(ContestSubmission::participantId)
                    .filter(u -> !loaded.names().containsKey(u)).distinct().toList();
            if (!unknown.isEmpty()) register(loaded, unknown);
            List<Judgement> judgements = new ArrayList<>();
            for (ContestSubmission s : changed) {
                judgement(loaded.contest(), loaded.names().keySet(), s).ifPresent(judgements::add);
            }
            loaded.board().recordAll(judgements);
            leases.taken(contestId, keeper, logged);
        } catch (RuntimeException e) {
            keepOrFollow(contestId, e);
        }
    }

    private synchronized void checkLeases() {
        for (Loaded loaded : List.copyOf(boards.values())) {
            long id = loaded.contest().id();
            if (loaded.kept() && !leases.renew(id, keeper, lease)) {
                log.info("another server keeps the board of contest {} now; following it", id);
                store.byId(id).ifPresent(this::follow);
            } else if (!loaded.kept() && leases.acquire(id, keeper, lease)) {
                log.info("the board of contest {} had no keeper; this server keeps it now", id);
                store.byId(id).ifPresent(this::build);
            } else if (!loaded.kept()) {
                catchUp(loaded);
            }
        }
    }

    /** A followed board takes what another server changed: the contest record (unfrozen, redefined), new names. */
    private void catchUp(Loaded followed) {
        long id = followed.contest().id();
        store.byId(id).filter(c -> !c.equals(followed.contest())).ifPresent(this::refresh);
        if (followed.board().size() > followed.names().size()) {
            store.participants(id).forEach(p -> followed.names().putIfAbsent(p.userId(), p.username()));
        }
    }

    /**
     * After a failed write: builds the board again while this server still keeps it, else follows it (another server
     * took it over, and Redis refused this one's write).
     */
    private void keepOrFollow(long contestId, RuntimeException failure) {
        try {
            Optional<Contest> contest = store.byId(contestId);
            if (contest.isEmpty()) return;
            if (leases.renew(contestId, keeper, lease)) {
                log.error("contest {}'s board could not take its changes; it is built again", contestId, failure);
                build(contest.get());
            } else {
                log.info("another server keeps the board of contest {} now; following it", contestId);
                follow(contest.get());
            }
        } catch (RuntimeException e) {
            boards.remove(contestId);
            log.error("contest {}'s board could not be rebuilt; it is built again at its next use", contestId, e);
        }
    }

    private static Set<Long> contestsOf(List<SubmissionChange> batch) {
        Set<Long> ids = new HashSet<>();
        batch.forEach(c -> ids.add(c.contestId()));
        return ids;
    }

    private synchronized void rebuildAfterFailure(List<SubmissionChange> batch) {
        for (long id : contestsOf(batch)) {
            try {
                store.byId(id).ifPresent(this::build);
            } catch (RuntimeException e) {
                boards.remove(id);
                log.error("contest {}'s board could not be rebuilt; it is built again at its next use", id, e);
            }
        }
    }

    static BoardSpec spec(Contest c) {
        Scoring scoring = switch (c.format()) {
            case ICPC -> new Scoring.Icpc(c.penaltyMinutes());
            case IOI -> new Scoring.Ioi(c.ioiMode());
        };
        List<BoardProblem> problems = c.problems().stream().map(p -> new BoardProblem(p.label(), p.points())).toList();
        long freezeAt = c.unfrozenAt() != null || c.freezesAt().isEmpty() ? Long.MAX_VALUE
                : c.elapsed(c.freezesAt().get()).toMillis();
        return new BoardSpec(c.id(), scoring, problems, freezeAt);
    }

    /**
     * How a submission counts on the board, if it does: only a participant's, made while the contest ran, to a
     * problem of its set (administrators' test submissions and late ones are not).
     */
    Optional<Judgement> judgement(Contest c, Set<Long> participants, ContestSubmission s) {
        if (!participants.contains(s.participantId())) return Optional.empty();
        long at = c.elapsed(s.createdAt()).toMillis();
        if (at < 0 || at >= c.duration().toMillis()) return Optional.empty();
        Optional<ContestProblem> problem = c.problemById(s.problemId());
        if (problem.isEmpty()) return Optional.empty();
        Outcome outcome = outcome(s);
        double score = problem.get().score(s.score(), outcome == Outcome.ACCEPTED);
        double scale = problem.get().scale();
        return Optional.of(new Judgement(s.participantId(), problem.get().ordinal(), s.id(), at, outcome, score,
                views.subtasks(s.subtasksJson()).stream().mapToDouble(t -> t.score() * scale).toArray()));
    }

    private static Outcome outcome(ContestSubmission s) {
        if (!"done".equals(s.status()) || s.verdict() == null) return Outcome.PENDING;
        return switch (s.verdict()) {
            case "AC" -> Outcome.ACCEPTED;
            case "CE", "SE" -> Outcome.IGNORED;
            default -> Outcome.REJECTED;
        };
    }
}
