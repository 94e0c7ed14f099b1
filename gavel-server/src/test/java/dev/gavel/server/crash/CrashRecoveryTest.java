package dev.gavel.server.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Crash safety for real: a Gavel server in a child JVM is killed with SIGKILL (or stopped with SIGTERM) while it
 * judges, started again on the same home and node, and every submission it accepted must end with exactly one
 * final verdict, the right one.
 */
@Tag("sandbox")
class CrashRecoveryTest {

    private static final Path APLUSB = Path.of("..", "problems", "aplusb").toAbsolutePath().normalize();
    private static final Duration STARTUP = Duration.ofSeconds(90);
    private static final Duration JUDGING = Duration.ofSeconds(120);
    private static final List<String> TWO_WORKERS = List.of("--gavel.judging.workers=2");

    @TempDir
    Path home;

    /**
     * Two kills in one life of a database: the first the moment 30 submissions have been accepted (a burst from four
     * clients; nothing answered 202 may be lost), the second while some are being judged and some still wait.
     */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void everyAcceptedSubmissionGetsOneVerdictThroughKillNine(Backend backend) throws Exception {
        int burst = 30;
        try (TestDatabase db = backend.open(home);
             ChildServer server = new ChildServer("kill-nine-" + backend, home, APLUSB, db.env(), TWO_WORKERS)) {
            server.start(STARTUP);
            Api api = new Api(server.base());
            api.signUp("crash");

            Map<Long, Sources> accepted = new ConcurrentHashMap<>();
            long killMs = killTheMomentAfter(burst, server, api, accepted);
            Set<Long> stored;
            try (Connection c = db.connectAfterKill()) {
                stored = submissionIds(c);
            }
            assertTrue(stored.containsAll(accepted.keySet()), "accepted but lost: "
                    + accepted.keySet().stream().filter(id -> !stored.contains(id)).toList());

            Duration firstRestart = server.start(STARTUP);
            Map<Long, String> before = await(api, JUDGING, st -> count(st, "done") >= 3 && count(st, "queued") >= 5
                    && st.values().stream().anyMatch(CrashRecoveryTest::judging));
            assertEquals(ChildServer.KILLED, server.kill(), "the server should die of SIGKILL");
            Map<String, Integer> atKill;
            try (Connection c = db.connectAfterKill()) {
                assertEquals(stored, submissionIds(c), "submissions stored when the server died");
                atKill = jobStates(c);
            }
            assertTrue(atKill.getOrDefault("leased", 0) >= 1, "killed while judging: " + atKill);
            assertTrue(atKill.getOrDefault("queued", 0) >= 1, "killed with jobs waiting: " + atKill);

            Duration secondRestart = server.start(STARTUP);
            long t0 = System.nanoTime();
            await(api, JUDGING, st -> stored.stream().allMatch(id -> "done".equals(st.get(id))));
            Duration rest = Duration.ofNanos(System.nanoTime() - t0);
            assertNotEquals(-1, server.terminate(Duration.ofSeconds(60)), "the server should stop on SIGTERM");

            try (Connection c = db.connect()) {
                assertEachJudgedOnce(c, accepted, stored);
                assertTrue(maxAttempts(c) >= 2, "the jobs leased at the kill were judged again");
            }
            assertEquals(0, server.logLinesContaining("dropped this late result"));
            System.out.printf("[crash] %s: %d accepted in a burst, SIGKILL %d ms after the %dth 202, %d stored "
                            + "(%d committed without their 202 reaching the client); restart ready in %d ms; "
                            + "second SIGKILL with API %s, jobs %s; restart ready in %d ms, the rest judged %d ms "
                            + "later%n", backend, accepted.size(), killMs, burst, stored.size(),
                    stored.size() - accepted.size(), firstRestart.toMillis(), tally(before), atKill,
                    secondRestart.toMillis(), rest.toMillis());
        }
    }

    /**
     * Four clients submit (slow correct and wrong answers, alternately) until {@code burst} have been accepted; then
     * SIGKILL at once. Returns how long the kill took from the last 202 needed.
     */
    private static long killTheMomentAfter(int burst, ChildServer server, Api api, Map<Long, Sources> accepted)
            throws InterruptedException {
        CountDownLatch enough = new CountDownLatch(1);
        List<Thread> clients = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int client = t;
            clients.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; ; i++) {
                    Sources s = (client + i) % 2 == 0 ? Sources.SLOW_ACCEPTED : Sources.WRONG;
                    try {
                        accepted.put(api.submit("aplusb", "python3", s.source), s);
                    } catch (IOException | InterruptedException serverGone) {
                        return;
                    }
                    if (accepted.size() >= burst) enough.countDown();
                }
            }));
        }
        enough.await();
        long t0 = System.nanoTime();
        assertEquals(ChildServer.KILLED, server.kill(), "the server should die of SIGKILL");
        long ms = Duration.ofNanos(System.nanoTime() - t0).toMillis();
        for (Thread t : clients) t.join();
        return ms;
    }

    /**
     * SIGTERM to the server alone (as {@code kill}), or to it and its sandboxes at once (as systemd stops a service):
     * the jobs in flight are finished within the drain or handed back, never lost, never given a wrong verdict.
     */
    @ParameterizedTest(name = "whole process tree: {0}")
    @ValueSource(booleans = {false, true})
    void sigtermDrainsTheJobsInFlightAndLosesNone(boolean wholeTree) throws Exception {
        Duration drain = Duration.ofSeconds(4);
        List<String> args = List.of("--gavel.judging.workers=2", "--gavel.queue.drain-timeout=" + drain.toSeconds() + "s");
        try (TestDatabase db = Backend.H2.open(home); ChildServer server = new ChildServer(
                     "sigterm-" + (wholeTree ? "tree" : "server"), home, APLUSB, db.env(), args)) {
            server.start(STARTUP);
            Api api = new Api(server.base());
            api.signUp("drain");
            long verySlow = api.submit("aplusb", "python3", Sources.VERY_SLOW_ACCEPTED.source);
            long slow = api.submit("aplusb", "python3", Sources.SLOW_ACCEPTED.source);
            await(api, JUDGING, st -> judging(st.get(verySlow)) && judging(st.get(slow)));

            long t0 = System.nanoTime();
            int exit = wholeTree ? server.terminateAll(drain.plusSeconds(30)) : server.terminate(drain.plusSeconds(30));
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            assertNotEquals(-1, exit, "the server should stop on SIGTERM");
            assertTrue(took.compareTo(drain.plusSeconds(5)) <= 0, "stopping took " + took.toMillis() + " ms");

            Map<Long, String> slowAfterDrain;
            try (Connection c = db.connect()) {
                Map<Long, String> status = column(c, "SELECT id, status FROM submissions");
                Map<Long, String> job = column(c, "SELECT ref_id, state FROM jobs");
                // 14 tests of 0.4 s cannot be judged within the drain: handed back, no verdict
                assertEquals("queued", status.get(verySlow));
                assertEquals("queued", job.get(verySlow));
                assertEquals(null, column(c, "SELECT id, verdict FROM submissions").get(verySlow));
                // the other one finished within the drain or was handed back; either way it is whole
                assertTrue(Set.of("done", "queued").contains(status.get(slow)));
                assertEquals(status.get(slow), job.get(slow).equals("done") ? "done" : "queued");
                slowAfterDrain = Map.of(slow, status.get(slow));
            }
            // handed back by the drain, or (whole tree: the sandboxes died first) as a failure while stopping
            assertTrue(server.logLinesContaining("drain: handed job") + server.logLinesContaining("while stopping, handing")
                    >= 1);
            assertEquals(0, server.logLinesContaining("judging it again"), "a stop must not spend a retry");

            server.start(STARTUP);
            await(api, JUDGING, st -> "done".equals(st.get(verySlow)) && "done".equals(st.get(slow)));
            assertNotEquals(-1, server.terminate(Duration.ofSeconds(60)));
            try (Connection c = db.connect()) {
                assertEachJudgedOnce(c, Map.of(verySlow, Sources.VERY_SLOW_ACCEPTED, slow, Sources.SLOW_ACCEPTED),
                        Set.of(verySlow, slow));
            }
            System.out.printf("[crash] SIGTERM (whole tree: %s) with 2 jobs in flight: exited (%d) in %d ms with a %d s drain; "
                    + "the short job was %s after the drain%n", wholeTree, exit, took.toMillis(), drain.toSeconds(),
                    slowAfterDrain.get(slow));
        }
    }

    private static boolean judging(String status) {
        return "compiling".equals(status) || "running".equals(status);
    }

    /** Polls the user's submissions until the condition holds; returns the statuses that met it. */
    private static Map<Long, String> await(Api api, Duration within, Predicate<Map<Long, String>> condition)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        Map<Long, String> last = Map.of();
        while (System.nanoTime() < deadline) {
            last = api.statuses();
            if (condition.test(last)) return last;
            Thread.sleep(50);
        }
        return fail("not reached within " + within + "; statuses: " + tally(last));
    }

    private static long count(Map<Long, String> statuses, String status) {
        return statuses.values().stream().filter(status::equals).count();
    }

    private static Map<String, Long> tally(Map<Long, String> statuses) {
        Map<String, Long> t = new TreeMap<>();
        statuses.values().forEach(s -> t.merge(s, 1L, Long::sum));
        return t;
    }

    /**
     * Exactly the stored submissions are in the database, every one done, with the expected verdict where one is
     * known (a submission committed as the server died may have no 202 behind it), and with exactly one job, done;
     * no job is left queued or leased.
     */
    private static void assertEachJudgedOnce(Connection c, Map<Long, Sources> expected, Set<Long> stored)
            throws SQLException {
        Map<Long, String> status = column(c, "SELECT id, status FROM submissions");
        Map<Long, String> verdict = column(c, "SELECT id, verdict FROM submissions");
        assertEquals(new TreeSet<>(stored), status.keySet(), "the submissions stored");
        Map<Long, List<String>> jobs = new HashMap<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT ref_id, state FROM jobs WHERE kind = 'submission'")) {
            while (rs.next()) jobs.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
        for (long id : stored) {
            assertEquals("done", status.get(id), "status of submission " + id);
            assertEquals(List.of("done"), jobs.get(id), "jobs of submission " + id);
            Sources s = expected.get(id);
            if (s != null) assertEquals(s.verdict, verdict.get(id), "verdict of submission " + id);
            else assertTrue(Set.of("AC", "WA").contains(verdict.get(id)), "verdict of submission " + id);
        }
        assertEquals(Map.of("done", stored.size()), jobStates(c), "every job done, one per submission");
    }

    private static Set<Long> submissionIds(Connection c) throws SQLException {
        return column(c, "SELECT id, status FROM submissions").keySet();
    }

    private static Map<String, Integer> jobStates(Connection c) throws SQLException {
        Map<String, Integer> states = new TreeMap<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT state, COUNT(*) FROM jobs GROUP BY state")) {
            while (rs.next()) states.put(rs.getString(1), rs.getInt(2));
        }
        return states;
    }

    private static int maxAttempts(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT MAX(attempts) FROM jobs")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Map<Long, String> column(Connection c, String sql) throws SQLException {
        Map<Long, String> values = new TreeMap<>();
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) values.put(rs.getLong(1), rs.getString(2));
        }
        return values;
    }
}
