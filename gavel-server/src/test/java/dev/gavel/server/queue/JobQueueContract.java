package dev.gavel.server.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The queue's promises, run on each database the server supports (subclasses give the URL). */
abstract class JobQueueContract {

    private HikariDataSource dataSource;
    private JdbcTemplate jdbc;
    private JobQueue queue;

    abstract String newDatabaseUrl();

    @BeforeEach
    void migrate() {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(newDatabaseUrl());
        dataSource.setMaximumPoolSize(8);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        queue = new JobQueue(jdbc, Duration.ofSeconds(30));
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void claimsTheOldestJobOfTheLaneAndCountsAttempts() {
        queue.enqueue("submission", 11, Lane.PRACTICE);
        queue.enqueue("submission", 12, Lane.PRACTICE);
        queue.enqueue("execution", 21, Lane.EXECUTION);
        assertEquals(Set.of(Lane.PRACTICE, Lane.EXECUTION), queue.waiting().keySet());
        Job first = queue.claim(Lane.PRACTICE, "n#1").orElseThrow();
        assertEquals(11, first.refId());
        assertEquals(1, first.attempts());
        assertEquals(Lane.PRACTICE, first.lane());
        assertEquals(12, queue.claim(Lane.PRACTICE, "n#1").orElseThrow().refId());
        assertEquals(Optional.empty(), queue.claim(Lane.PRACTICE, "n#1"));
        assertEquals(Map.of(Lane.CONTEST, 0L, Lane.PRACTICE, 0L, Lane.EXECUTION, 1L, Lane.REJUDGE, 0L), queue.depth());
    }

    @Test
    void oneQueryShowsTheOldestWaitingJobsOfEveryLaneWithWork() {
        for (int i = 0; i < 10; i++) queue.enqueue("submission", 100 + i, Lane.PRACTICE);
        queue.enqueue("execution", 21, Lane.EXECUTION);
        queue.enqueue("submission", 31, Lane.REJUDGE);
        queue.claim(Lane.REJUDGE, "x#1").orElseThrow();
        Map<Lane, List<JobQueue.Candidate>> waiting = queue.waiting();
        assertEquals(Set.of(Lane.PRACTICE, Lane.EXECUTION), waiting.keySet(), "a leased job is not waiting");
        assertEquals(List.of(100L, 101L, 102L, 103L, 104L, 105L, 106L, 107L),
                waiting.get(Lane.PRACTICE).stream().map(JobQueue.Candidate::refId).toList());
        assertEquals(Lane.EXECUTION, waiting.get(Lane.EXECUTION).getFirst().lane());
        // another claimer takes the oldest after this one looked: this one gets the next
        assertEquals(100, queue.claim(Lane.PRACTICE, "other#1").orElseThrow().refId());
        Job job = queue.claim(waiting.get(Lane.PRACTICE), "n#1").orElseThrow();
        assertEquals(101, job.refId());
        assertEquals(Lane.PRACTICE, job.lane());
        assertEquals(1, job.attempts());
        assertEquals("n#1", job.owner());
    }

    @Test
    void aBatchEnqueuesOneJobPerRowInOrder() {
        queue.enqueueAll("submission", List.of(7L, 8L, 9L), Lane.REJUDGE);
        assertEquals(3L, queue.depth().get(Lane.REJUDGE));
        assertEquals(7, queue.claim(Lane.REJUDGE, "n#1").orElseThrow().refId());
        assertEquals(8, queue.claim(Lane.REJUDGE, "n#1").orElseThrow().refId());
    }

    @Test
    void onlyTheLeaseOwnerCompletesAJobAndOnlyOnce() {
        queue.enqueue("submission", 1, Lane.PRACTICE);
        Job job = queue.claim(Lane.PRACTICE, "a#1").orElseThrow();
        Job impostor = new Job(job.id(), job.kind(), job.refId(), job.lane(), job.attempts(), "b#1", 0);
        assertFalse(queue.complete(impostor));
        assertTrue(queue.complete(job));
        assertFalse(queue.complete(job), "a second completion (a late duplicate) must change nothing");
        assertFalse(queue.release(job));
        assertEquals(Set.of(), queue.waiting().keySet());
    }

    @Test
    void anExpiredLeaseGoesBackAndItsLateResultIsDropped() {
        JobQueue shortLeases = new JobQueue(jdbc, Duration.ofMillis(1));
        shortLeases.enqueue("submission", 5, Lane.CONTEST);
        Job stale = shortLeases.claim(Lane.CONTEST, "a#1").orElseThrow();
        sleep(20);
        assertEquals(1, shortLeases.requeueExpired());
        Job again = queue.claim(Lane.CONTEST, "b#1").orElseThrow();
        assertEquals(2, again.attempts());
        assertFalse(queue.complete(stale), "the first worker lost its lease: its result is dropped");
        assertTrue(queue.complete(again));
    }

    @Test
    void aHeartbeatKeepsTheLease() {
        JobQueue shortLeases = new JobQueue(jdbc, Duration.ofMillis(300));
        shortLeases.enqueue("submission", 5, Lane.PRACTICE);
        Job job = shortLeases.claim(Lane.PRACTICE, "a#1").orElseThrow();
        for (int i = 0; i < 4; i++) {
            sleep(150);
            assertTrue(shortLeases.heartbeat(job));
            assertEquals(0, shortLeases.requeueExpired());
        }
        assertTrue(shortLeases.complete(job));
    }

    @Test
    void aRestartedNodeTakesBackItsOwnLeasesOnly() {
        for (int i = 0; i < 3; i++) queue.enqueue("submission", i, Lane.PRACTICE);
        queue.claim(Lane.PRACTICE, "web_1#old").orElseThrow();
        queue.claim(Lane.PRACTICE, "web_1#old").orElseThrow();
        queue.claim(Lane.PRACTICE, "webx1#other").orElseThrow();
        assertEquals(2, queue.requeueLeasesOfNode("web_1"), "'_' in a node name is not a wildcard");
        assertEquals(2L, queue.depth().get(Lane.PRACTICE));
    }

    @Test
    void concurrentClaimersNeverShareAJob() throws Exception {
        int jobs = 200;
        for (int i = 0; i < jobs; i++) queue.enqueue("submission", i, Lane.PRACTICE);
        Map<Long, String> claimedBy = new ConcurrentHashMap<>();
        List<String> doubles = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
            List<Future<?>> all = new ArrayList<>();
            for (int w = 0; w < 6; w++) {
                String owner = "n#" + w;
                all.add(pool.submit(() -> {
                    while (true) {
                        Optional<Job> job = queue.claim(Lane.PRACTICE, owner);
                        if (job.isEmpty()) {
                            if (queue.waiting().isEmpty()) return;
                            continue;
                        }
                        String before = claimedBy.putIfAbsent(job.get().refId() + 0L, owner);
                        if (before != null) synchronized (doubles) { doubles.add(job.get().refId() + ""); }
                        assertTrue(queue.complete(job.get()));
                    }
                }));
            }
            for (Future<?> f : all) f.get();
        }
        assertEquals(List.of(), doubles);
        assertEquals(jobs, claimedBy.size());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
