package dev.gavel.server.clics;

import dev.gavel.server.contest.Contest;
import dev.gavel.server.contest.ContestListener;
import dev.gavel.server.contest.ContestStore;
import dev.gavel.server.submission.ContestSubmissionListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps every contest's CLICS event log up to date and hands out its {@link ContestJournal}.
 *
 * <p>Theory of operation. A change is never written as an event directly: the keeper works out what the touched
 * objects should be now ({@link ClicsProjection}) and appends the difference from the log ({@link
 * ContestJournal#changes}), so doing it twice appends nothing and a missed notification is made good by the next
 * full pass. Submission changes and contest changes arrive as listener calls (after their commit) and are queued for
 * one thread, which takes them in batches, one transaction per contest: a submission's object and its judgement, a
 * new participant's team, or, for a redefined or unfrozen contest, every object (a full pass). The same thread looks
 * every {@value #TICK_MILLIS} ms whether the clock moved a contest's state (started, frozen, ended) and logs it when it
 * did; a request does the same before it reads. A contest's log is built with a full pass when this process first
 * uses it.
 *
 * <p>One lock per contest orders this process's writers. Across processes sharing the database, each writer reads the
 * events stored after the last one it knows inside its transaction and numbers its own after them; two that collide
 * fail on the primary key, and the later one tries again with the other's events read.
 */
@Component
class JournalKeeper implements ContestSubmissionListener, ContestListener, SmartLifecycle {

    static final long TICK_MILLIS = 1000;
    private static final Logger log = LoggerFactory.getLogger(JournalKeeper.class);
    private static final int BATCH = 1000;
    private static final int ATTEMPTS = 3;
    private static final List<ObjectType> DELETION_ORDER = List.of(ObjectType.JUDGEMENTS, ObjectType.SUBMISSIONS,
            ObjectType.TEAMS, ObjectType.PROBLEMS, ObjectType.LANGUAGES, ObjectType.JUDGEMENT_TYPES);

    private final ContestStore contests;
    private final ClicsStore store;
    private final ClicsProjection projection;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Map<Long, Kept> kept = new ConcurrentHashMap<>();
    private final BlockingQueue<Work> work = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private Thread applier;

    /** A contest's journal, its lock, and the contest as last read from the database. */
    private static final class Kept {
        final ReentrantLock lock = new ReentrantLock();
        final Condition appended = lock.newCondition();
        final ContestJournal journal = new ContestJournal();
        Contest contest;
        boolean built;
    }

    private sealed interface Work {
        long contestId();
    }

    private record SubmissionChanged(long contestId, long submissionId) implements Work {
    }

    private record TeamAdded(long contestId) implements Work {
    }

    private record Redefined(long contestId) implements Work {
    }

    JournalKeeper(ContestStore contests, ClicsStore store, ClicsProjection projection, TransactionTemplate tx,
                         Clock clock) {
        this.contests = contests;
        this.store = store;
        this.projection = projection;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void changed(long contestId, long submissionId) {
        work.add(new SubmissionChanged(contestId, submissionId));
    }

    @Override
    public void defined(Contest contest) {
        work.add(new Redefined(contest.id()));
    }

    @Override
    public void participantAdded(Contest contest, long userId) {
        work.add(new TeamAdded(contest.id()));
    }

    @Override
    public void unfrozen(Contest contest) {
        work.add(new Redefined(contest.id()));
    }

    /**
     * Reads a contest's journal once it has every stored event and the state of now. {@code contest} is the contest
     * as just read from the database.
     */
    <T> T read(Contest contest, Function<ContestJournal, T> reader) {
        Kept k = kept(contest.id());
        k.lock.lock();
        try {
            k.contest = contest;
            catchUp(k, contest.id());
            return reader.apply(k.journal);
        } finally {
            k.lock.unlock();
        }
    }

    /** The number of the contest's last event, once the log has every stored event and the state of now. */
    long lastSeq(long contestId) {
        Kept k = kept(contestId);
        k.lock.lock();
        try {
            catchUp(k, contestId);
            return k.journal.lastSeq();
        } finally {
            k.lock.unlock();
        }
    }

    /**
     * Waits until the contest's log has an event after {@code seq} or the timeout passes; then reads what other
     * processes stored. False when the keeper stops.
     */
    boolean awaitEvents(long contestId, long seq, Duration timeout) throws InterruptedException {
        Kept k = kept(contestId);
        k.lock.lock();
        try {
            long nanos = timeout.toNanos();
            while (running && k.journal.lastSeq() <= seq && nanos > 0) nanos = k.appended.awaitNanos(nanos);
            if (running) catchUp(k, contestId);
            return running;
        } finally {
            k.lock.unlock();
        }
    }

    private Kept kept(long contestId) {
        return kept.computeIfAbsent(contestId, id -> new Kept());
    }

    /** With the lock held: builds the log if this process has not, else takes new events and the clock's changes. */
    private void catchUp(Kept k, long contestId) {
        if (!k.built) {
            fullPass(k, contestId);
            return;
        }
        refresh(k, contestId);
        if (k.contest != null && !k.journal.changes(projection.definition(k.contest, clock.instant())).isEmpty()) {
            append(k, contestId, projection::definition);
        }
    }

    /** Takes the events other writers stored; a contest or state event from elsewhere means the contest changed. */
    private void refresh(Kept k, long contestId) {
        List<FeedEvent> events = store.eventsAfter(contestId, k.journal.lastSeq());
        if (events.isEmpty()) return;
        boolean contestChanged = false;
        for (FeedEvent e : events) {
            k.journal.apply(e);
            contestChanged |= e.key().type().singleton();
        }
        if (contestChanged) k.contest = contests.byId(contestId).orElse(null);
        k.appended.signalAll();
    }

    /**
     * In one transaction: reads the events stored meanwhile, reads the contest, appends the events that bring the
     * log to what {@code wanted} says; then the journal takes them. Tries again when another writer came first.
     */
    private void append(Kept k, long contestId, BiFunction<Contest, Instant, List<Wanted>> wanted) {
        for (int attempt = 1; ; attempt++) {
            try {
                List<FeedEvent> appended = tx.execute(status -> {
                    refresh(k, contestId);
                    Contest c = contests.byId(contestId).orElse(null);
                    k.contest = c;
                    if (c == null) return List.<FeedEvent>of();
                    Instant now = clock.instant();
                    List<FeedEvent> events = k.journal.changes(wanted.apply(c, now));
                    if (!events.isEmpty()) store.append(contestId, events, now);
                    return events;
                });
                if (appended == null || appended.isEmpty()) return;
                appended.forEach(k.journal::apply);
                k.appended.signalAll();
                return;
            } catch (DuplicateKeyException e) {
                if (attempt == ATTEMPTS) throw e;
                log.debug("contest {}: another writer appended first; reading its events and trying again", contestId);
            }
        }
    }

    /** Every object of the contest: definition, catalogue, teams, submissions and judgements; deletions last. */
    private void fullPass(Kept k, long contestId) {
        append(k, contestId, (c, now) -> {
            List<Wanted> wanted = new ArrayList<>(projection.definition(c, now));
            wanted.addAll(projection.catalogue(c));
            Set<Long> participants = new HashSet<>();
            for (ContestStore.Participant p : contests.participants(contestId)) {
                participants.add(p.userId());
                wanted.add(projection.team(p));
            }
            for (ClicsSubmission s : store.submissions(contestId)) {
                if (!ClicsProjection.counts(c, participants, s)) continue;
                wanted.add(projection.submission(c, s));
                wanted.add(JudgementRounds.current(c, s, latestJudgement(k, s), now));
            }
            wanted.addAll(deletions(k.journal, wanted));
            return wanted;
        });
        k.built = true;
    }

    private static Wire.JudgementObject latestJudgement(Kept k, ClicsSubmission s) {
        return k.journal.latestJudgement(String.valueOf(s.id())).orElse(null);
    }

    /** Deletions of the logged objects that are not wanted; a judgement goes when its submission does. */
    private static List<Wanted> deletions(ContestJournal journal, List<Wanted> wanted) {
        Set<ObjectKey> keep = new HashSet<>();
        wanted.forEach(w -> keep.add(w.key()));
        List<Wanted> deletions = new ArrayList<>();
        for (ObjectType type : DELETION_ORDER) {
            for (ObjectKey key : journal.keys(type)) {
                ObjectKey owner = type == ObjectType.JUDGEMENTS
                        ? new ObjectKey(ObjectType.SUBMISSIONS, JudgementIds.submissionOf(key.id())) : key;
                if (!keep.contains(owner)) deletions.add(Wanted.deleted(key));
            }
        }
        return deletions;
    }

    /** Some submissions changed (and maybe the participants): only their objects, teams first. */
    private void submissionsPass(Kept k, long contestId, boolean teams, Set<Long> submissionIds) {
        append(k, contestId, (c, now) -> {
            List<Wanted> wanted = new ArrayList<>();
            List<ClicsSubmission> changed = store.submissions(contestId, submissionIds);
            boolean unknownTeam = changed.stream().anyMatch(s -> k.journal.object(
                    new ObjectKey(ObjectType.TEAMS, String.valueOf(s.participantId())), Audience.ADMIN).isEmpty());
            Set<Long> participants = new HashSet<>();
            if (teams || unknownTeam) {
                for (ContestStore.Participant p : contests.participants(contestId)) {
                    participants.add(p.userId());
                    wanted.add(projection.team(p));
                }
            } else {
                changed.forEach(s -> participants.add(s.participantId()));
            }
            for (ClicsSubmission s : changed) {
                if (ClicsProjection.counts(c, participants, s)) {
                    wanted.add(projection.submission(c, s));
                    wanted.add(JudgementRounds.current(c, s, latestJudgement(k, s), now));
                }
            }
            return wanted;
        });
    }

    @Override
    public void start() {
        running = true;
        applier = Thread.ofPlatform().name("clics-journal").daemon().start(this::applyWork);
    }

    /** Stops before the web server's graceful shutdown, so open event feeds end instead of holding it up. */
    @Override
    public void stop() {
        running = false;
        if (applier != null) applier.interrupt();
        for (Kept k : kept.values()) {
            k.lock.lock();
            try {
                k.appended.signalAll();
            } finally {
                k.lock.unlock();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    private void applyWork() {
        List<Work> batch = new ArrayList<>();
        while (running) {
            try {
                Work first = work.poll(TICK_MILLIS, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    work.drainTo(batch, BATCH - 1);
                    byContest(batch).forEach(this::process);
                }
                tick();
            } catch (InterruptedException e) {
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private static Map<Long, List<Work>> byContest(List<Work> batch) {
        Map<Long, List<Work>> byContest = new LinkedHashMap<>();
        for (Work w : batch) byContest.computeIfAbsent(w.contestId(), id -> new ArrayList<>()).add(w);
        return byContest;
    }

    private void process(long contestId, List<Work> items) {
        Kept k = kept(contestId);
        k.lock.lock();
        try {
            if (!k.built || items.stream().anyMatch(w -> w instanceof Redefined)) {
                fullPass(k, contestId);
                return;
            }
            boolean teams = items.stream().anyMatch(w -> w instanceof TeamAdded);
            Set<Long> submissions = new HashSet<>();
            for (Work w : items) {
                if (w instanceof SubmissionChanged s) submissions.add(s.submissionId());
            }
            submissionsPass(k, contestId, teams, submissions);
        } catch (RuntimeException e) {
            k.built = false;
            log.error("contest {}: the CLICS event log could not be brought up to date; it is rebuilt at its next use",
                    contestId, e);
        } finally {
            k.lock.unlock();
        }
    }

    /** Logs the state changes the clock brought (started, frozen, ended) in every contest this process keeps. */
    private void tick() {
        for (Map.Entry<Long, Kept> e : kept.entrySet()) {
            Kept k = e.getValue();
            if (!k.lock.tryLock()) continue;
            try {
                if (k.built && k.contest != null
                        && !k.journal.changes(projection.definition(k.contest, clock.instant())).isEmpty()) {
                    append(k, e.getKey(), projection::definition);
                }
            } catch (RuntimeException ex) {
                log.error("contest {}: could not log its state", e.getKey(), ex);
            } finally {
                k.lock.unlock();
            }
        }
    }
}
