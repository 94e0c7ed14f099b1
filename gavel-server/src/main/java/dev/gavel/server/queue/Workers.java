package dev.gavel.server.queue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The in-process workers: each claims a job (lane chosen by weight), judges it with its kind's handler and writes
 * the result exactly once. Leases of jobs being judged are renewed; expired leases of other processes are put back.
 * Shutdown drains: no new claims, jobs being judged get the drain timeout to finish, the rest are handed back.
 */
public final class Workers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Workers.class);
    private static final Duration SYSTEM_ERROR_PAUSE = Duration.ofSeconds(1);
    private static final int CLAIM_ROUNDS = 3;

    private final JobQueue queue;
    private final TransactionTemplate tx;
    private final Map<String, JobHandler> handlers;
    private final LaneScheduler scheduler;
    private final int count;
    private final boolean enabled;
    private final int retries;
    private final Duration poll;
    private final Duration drainTimeout;
    private final String node;
    private final String owner;
    private final Semaphore wakeUp = new Semaphore(0);
    private final Set<Job> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicInteger busy = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();
    private ScheduledExecutorService housekeeping;

    private final Counter systemErrors;
    private final Counter retried;
    private final Counter duplicates;
    private final Timer queueWait;
    private final Timer judgeTime;

    public Workers(JobQueue queue, TransactionTemplate tx, List<JobHandler> handlers, List<Integer> laneWeights,
                   boolean enabled, int count, int retries, Duration poll, Duration drainTimeout, String node, MeterRegistry meters) {
        this.queue = queue;
        this.tx = tx;
        this.handlers = handlers.stream().collect(Collectors.toMap(JobHandler::kind, Function.identity()));
        this.scheduler = new LaneScheduler(laneWeights);
        this.enabled = enabled;
        this.count = enabled ? count : 0;
        this.retries = retries;
        this.poll = poll;
        this.drainTimeout = drainTimeout;
        this.node = node;
        this.owner = node + "#" + UUID.randomUUID();
        this.systemErrors = Counter.builder("gavel.judge.system.errors")
                .description("jobs that ended in System Error after every retry (alert on any increase)")
                .register(meters);
        this.retried = Counter.builder("gavel.judge.system.error.retries")
                .description("jobs handed back to the queue after a System Error").register(meters);
        this.duplicates = Counter.builder("gavel.queue.late.results")
                .description("results dropped because the job's lease had been lost").register(meters);
        this.queueWait = Timer.builder("gavel.queue.wait").description("time a job waited before it was claimed")
                .publishPercentileHistogram().register(meters);
        this.judgeTime = Timer.builder("gavel.judge.time").description("time spent judging a job")
                .publishPercentileHistogram().register(meters);
        meters.gauge("gavel.workers.busy", busy);
        io.micrometer.core.instrument.Gauge.builder("gavel.workers.count", () -> this.count)
                .description("workers in this process").register(meters);
        for (Lane lane : Lane.values()) {
            meters.gauge("gavel.queue.depth", List.of(io.micrometer.core.instrument.Tag.of("lane", lane.label())),
                    queue, q -> depthOf(q, lane));
        }
    }

    private static double depthOf(JobQueue q, Lane lane) {
        try {
            return q.depth().get(lane);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Tells idle workers that a job was just enqueued here (others find it by polling). */
    public void wake() {
        if (wakeUp.availablePermits() < count) wakeUp.release();
    }

    @Override
    public void start() {
        if (!running.compareAndSet(false, true)) return;
        if (!enabled) {
            log.info("judging is off here (gavel.judging.enabled=false): submissions are stored and queued only");
            return;
        }
        int back = queue.requeueLeasesOfNode(node);
        if (back > 0) log.info("put {} job(s) leased by an earlier run of node '{}' back in the queue", back, node);
        housekeeping = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon()
                .name("gavel-queue-housekeeping").unstarted(r));
        long period = Math.max(100, queue.lease().toMillis() / 3);
        housekeeping.scheduleWithFixedDelay(this::housekeep, period, period, TimeUnit.MILLISECONDS);
        for (int i = 0; i < count; i++) {
            Thread t = Thread.ofPlatform().name("gavel-worker-" + i).start(this::work);
            threads.add(t);
        }
        log.info("{} worker(s) started as {}", count, owner);
    }

    private void housekeep() {
        try {
            for (Job job : inFlight) {
                if (!queue.heartbeat(job)) log.warn("lost the lease of job {} while judging it", job.id());
            }
            int expired = queue.requeueExpired();
            if (expired > 0) {
                log.warn("put {} job(s) with an expired lease back in the queue", expired);
                wake();
            }
        } catch (RuntimeException e) {
            log.warn("queue housekeeping failed: {}", e.toString());
        }
    }

    private void work() {
        while (running.get()) {
            try {
                Optional<Job> job = claim();
                if (job.isEmpty()) {
                    wakeUp.tryAcquire(poll.toMillis(), TimeUnit.MILLISECONDS);
                    continue;
                }
                judge(job.get());
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.error("worker failed; going on", e);
                sleepQuietly(poll);
            }
        }
    }

    /**
     * Claims a job: one query for what waits in every lane, a lane chosen by weight among those, then a conditional
     * update of its oldest job. Should other claimers take every job this one saw, it looks again (a few times)
     * rather than sleep through a poll interval with work waiting.
     */
    private Optional<Job> claim() {
        for (int round = 0; round < CLAIM_ROUNDS && running.get(); round++) {
            Map<Lane, List<JobQueue.Candidate>> waiting = queue.waiting();
            if (waiting.isEmpty()) return Optional.empty();
            Set<Lane> lanes = EnumSet.copyOf(waiting.keySet());
            while (!lanes.isEmpty() && running.get()) {
                Lane lane = scheduler.next(lanes);
                Optional<Job> job = queue.claim(waiting.get(lane), owner);
                if (job.isPresent()) return job;
                lanes.remove(lane);
            }
        }
        return Optional.empty();
    }

    private void judge(Job job) {
        queueWait.record(Duration.ofMillis(job.waitedMs()));
        JobHandler handler = handlers.get(job.kind());
        inFlight.add(job);
        busy.incrementAndGet();
        long start = System.nanoTime();
        try {
            if (handler == null) {
                log.error("job {} has unknown kind '{}'; leaving it done", job.id(), job.kind());
                tx.executeWithoutResult(s -> queue.complete(job));
                return;
            }
            JobHandler.Outcome outcome = handler.judge(job);
            if (outcome.systemError()) {
                // a stop signal can reach our sandboxes before the JVM's own shutdown begins: give it a moment,
                // so such a failure is handed back below instead of spending a retry or becoming the verdict
                sleepQuietly(SYSTEM_ERROR_PAUSE);
            }
            if (outcome.systemError() && !running.get()) {
                // while draining, the failure may be the shutdown itself (a service stop signals our sandboxes
                // too): the next process judges the job again rather than the user getting System Error
                log.warn("job {} ({} {}): system error while stopping, handing it back: {}", job.id(), job.kind(),
                        job.refId(), outcome.reason());
                queue.release(job);
                return;
            }
            if (outcome.systemError() && job.attempts() <= retries) {
                log.warn("job {} ({} {}): system error, judging it again (attempt {} of {}): {}", job.id(),
                        job.kind(), job.refId(), job.attempts(), retries + 1, outcome.reason());
                queue.release(job);
                retried.increment();
                wake();
                return;
            }
            Boolean written = tx.execute(s -> {
                if (!queue.complete(job)) return false;
                outcome.write().run();
                return true;
            });
            if (Boolean.TRUE.equals(written)) {
                if (outcome.systemError()) {
                    systemErrors.increment();
                    log.error("job {} ({} {}): System Error after {} attempt(s): {}", job.id(), job.kind(),
                            job.refId(), job.attempts(), outcome.reason());
                }
                if (outcome.after() != null) outcome.after().run();
            } else {
                duplicates.increment();
                log.warn("job {}: lease lost before the result was written; dropped this late result", job.id());
            }
        } finally {
            judgeTime.record(Duration.ofNanos(System.nanoTime() - start));
            busy.decrementAndGet();
            inFlight.remove(job);
        }
    }

    @Override
    public void stop() {
        if (!running.compareAndSet(true, false)) return;
        wakeUp.release(count);
        long deadline = System.nanoTime() + drainTimeout.toNanos();
        for (Thread t : threads) {
            long left = deadline - System.nanoTime();
            try {
                if (left > 0) t.join(Duration.ofNanos(left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        for (Job job : inFlight) {
            if (queue.release(job)) log.info("drain: handed job {} back to the queue", job.id());
        }
        for (Thread t : threads) t.interrupt();
        if (housekeeping != null) housekeeping.shutdownNow();
        log.info("workers stopped");
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }

    /**
     * Workers stop first: before the web server's graceful shutdown (which may wait on open event streams) and the
     * database, so the drain starts at once.
     */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    /** Jobs being judged now. */
    public int busy() {
        return busy.get();
    }

    private static void sleepQuietly(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
