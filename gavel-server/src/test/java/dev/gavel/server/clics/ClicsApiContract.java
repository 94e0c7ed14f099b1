package dev.gavel.server.clics;

import static dev.gavel.server.testkit.ContestFixtures.ADMIN_PASSWORD;
import static dev.gavel.server.testkit.ContestFixtures.C_BROKEN;
import static dev.gavel.server.testkit.ContestFixtures.HELLO;
import static dev.gavel.server.testkit.ContestFixtures.HELLO_WRONG;
import static dev.gavel.server.testkit.ContestFixtures.PY_SUM;
import static dev.gavel.server.testkit.ContestFixtures.contest;
import static dev.gavel.server.testkit.ContestFixtures.slug;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.server.testkit.ApiSessions;
import dev.gavel.server.testkit.ContestFixtures;
import dev.gavel.server.testkit.Http;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;

/**
 * The CLICS API end to end on a real server with real judging: an ICPC contest through its freeze, end and thaw, an
 * IOI contest, and what the API refuses. Every answer is checked against the CLICS schemas (when they are there, see
 * {@link ClicsClient}); the scoreboard against Gavel's own leaderboard. Subclasses choose the database.
 */
@Tag("sandbox")
abstract class ClicsApiContract {


    @LocalServerPort
    int port;
    Http http;
    ClicsClient clics;
    String admin;

    static void serverProperties(DynamicPropertyRegistry registry, String dbUrl) throws IOException {
        ContestFixtures.serverProperties(registry, dbUrl);
        registry.add("gavel.clics.keep-alive", () -> "1s");
    }

    static String repo(String path) {
        return ApiSessions.repo(path);
    }

    @BeforeEach
    void client() {
        http = new Http(port);
        clics = new ClicsClient(http, ClicsSchemas.find());
        admin = ApiSessions.login(http, "admin", ADMIN_PASSWORD);
    }

    record User(String name, String token, long id) {
    }

    User newUser() {
        ApiSessions.Account a = ApiSessions.signUp(http);
        return new User(a.name(), a.token(), a.id());
    }

    void create(Map<String, Object> definition) {
        Http.Response r = http.postJson("/api/admin/contests", admin, definition);
        assertEquals(201, r.status(), r.body());
    }

    void redefine(String slug, Map<String, Object> definition) {
        Http.Response r = http.send(http.builder("/api/admin/contests/" + slug, admin)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Http.JSON.writeValueAsString(definition))).build());
        assertEquals(200, r.status(), r.body());
    }

    void register(String slug, User... users) {
        for (User u : users) {
            Http.Response r = http.postJson("/api/contests/" + slug + "/register", u.token(), "");
            assertEquals(201, r.status(), r.body());
        }
    }

    long submit(String contest, String label, User user, String language, String source) {
        Http.Response r = http.postJson("/api/contests/" + contest + "/problems/" + label + "/submissions",
                user.token(), Map.of("language", language, "source", source));
        assertEquals(202, r.status(), r.body());
        return r.json().get("id").asLong();
    }

    void awaitVerdicts(long... ids) {
        for (long id : ids) {
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (!http.get("/api/submissions/" + id, admin).json().get("status").asString().equals("done")) {
                if (System.nanoTime() > deadline) throw new AssertionError("submission " + id + " got no verdict");
                sleep(100);
            }
        }
    }

    /** Polls a CLICS read until it says yes (the log follows a committed change within moments). */
    JsonNode await(String what, Supplier<JsonNode> read, Predicate<JsonNode> wanted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = read.get();
            if (wanted.test(last)) return last;
            sleep(100);
        }
        throw new AssertionError(what + " never came; last read: " + last);
    }

    static Set<String> ids(JsonNode list) {
        Set<String> ids = new HashSet<>();
        list.forEach(o -> ids.add(o.get("id").asString()));
        return ids;
    }

    static JsonNode judgementOf(JsonNode judgements, long submission) {
        JsonNode latest = null;
        for (JsonNode j : judgements) {
            if (j.get("submission_id").asString().equals(String.valueOf(submission))) latest = j;
        }
        return latest;
    }

    static List<String> judgementEvents(List<JsonNode> events, long submission) {
        List<String> found = new ArrayList<>();
        for (JsonNode e : events) {
            if (e.get("type").asString().equals("judgements") && !e.get("data").isNull()
                    && e.get("data").get("submission_id").asString().equals(String.valueOf(submission))) {
                found.add(e.get("data").get("judgement_type_id") == null ? "started"
                        : e.get("data").get("judgement_type_id").asString());
            }
        }
        return found;
    }

    static boolean settled(JsonNode board) {
        for (JsonNode row : board.get("rows")) {
            for (JsonNode cell : row.get("cells")) {
                if (cell.path("pending").asInt(0) > 0 && !cell.path("frozen").asBoolean(false)) return false;
            }
        }
        return true;
    }

    /** The CLICS scoreboard says what Gavel's leaderboard says: the same ranks, solved counts, times and cells. */
    void assertSameBoard(String slug, String token, String view, boolean icpc) {
        JsonNode board = await("a settled leaderboard", () -> http.get("/api/contests/" + slug
                + "/leaderboard?view=" + view, token).json(), ClicsApiContract::settled);
        JsonNode scoreboard = clics.get("/contests/" + slug + "/scoreboard", token, "scoreboard.json");
        Map<String, String> labels = new HashMap<>();
        clics.get("/contests/" + slug + "/problems", token, "problems.json")
                .forEach(p -> labels.put(p.get("id").asString(), p.get("label").asString()));
        assertEquals(board.get("rows").size(), scoreboard.get("rows").size());
        Map<String, JsonNode> rows = new HashMap<>();
        board.get("rows").forEach(r -> rows.put(String.valueOf(r.get("userId").asLong()), r));
        int lastRank = 0;
        for (JsonNode r : scoreboard.get("rows")) {
            JsonNode row = rows.get(r.get("team_id").asString());
            assertNotNull(row, "team " + r.get("team_id") + " is on the leaderboard");
            assertEquals(row.get("rank").asInt(), r.get("rank").asInt(), r.toString());
            assertTrue(r.get("rank").asInt() >= lastRank, "rows are listed by rank");
            lastRank = r.get("rank").asInt();
            if (icpc) {
                assertEquals(row.get("solved").asInt(), r.get("score").get("num_solved").asInt());
                assertEquals(row.get("penalty").asLong(), r.get("score").get("total_time").asLong());
            } else {
                assertEquals(row.get("points").asDouble(), r.get("score").get("score").asDouble(), 1e-9);
            }
            for (JsonNode p : r.get("problems")) {
                JsonNode cell = null;
                for (JsonNode c : row.get("cells")) {
                    if (c.get("label").asString().equals(labels.get(p.get("problem_id").asString()))) cell = c;
                }
                assertNotNull(cell, p.toString());
                assertEquals(cell.path("tries").asInt(0), p.get("num_judged").asInt(), p.toString());
                assertEquals(cell.path("pending").asInt(0), p.get("num_pending").asInt(), p.toString());
                if (icpc) {
                    assertEquals(cell.path("solved").asBoolean(false), p.get("solved").asBoolean(), p.toString());
                    if (cell.path("solved").asBoolean(false)) {
                        assertEquals(cell.path("minute").asLong(0), p.get("time").asLong(), p.toString());
                    }
                } else {
                    assertEquals(cell.path("score").asDouble(0), p.get("score").asDouble(), 1e-9, p.toString());
                }
            }
        }
    }

    /** Every endpoint of a contest, for one reader, checked against the schemas. */
    void checkEveryEndpoint(String slug, String token) {
        clics.get("/contests", token, "contests.json");
        clics.get("/contests/" + slug, token, "contest.json");
        clics.get("/contests/" + slug + "/state", token, "state.json");
        clics.get("/contests/" + slug + "/access", token, "access.json");
        clics.get("/contests/" + slug + "/scoreboard", token, "scoreboard.json");
        clics.collection(slug, "judgement-types", token, "judgement-type.json");
        clics.collection(slug, "languages", token, "language.json");
        clics.collection(slug, "problems", token, "problem.json");
        clics.collection(slug, "teams", token, "team.json");
        clics.collection(slug, "submissions", token, "submission.json");
        clics.collection(slug, "judgements", token, "judgement.json");
        clics.feed(slug, token, "");
    }

    @Test
    void apiInformationAndWhatTheApiRefuses() {
        JsonNode info = clics.get("", null, "api_information.json");
        assertEquals("2023-06", info.get("version").asString());
        assertEquals("Gavel", info.get("provider").get("name").asString());

        User inside = newUser();
        User outside = newUser();
        String slug = slug("private");
        Map<String, Object> c = contest(slug, "icpc", Instant.now().minus(1, ChronoUnit.MINUTES), "PT1H",
                List.of(Map.of("problem", "hello")));
        c.put("public", false);
        create(c);
        assertEquals(200, http.postJson("/api/admin/contests/" + slug + "/participants", admin,
                Map.of("usernames", List.of(inside.name()))).status());
        assertProblem(http.get("/api/clics/contests/" + slug, outside.token()), 404, "unknown-contest");
        assertProblem(http.get("/api/clics/contests/" + slug + "/event-feed", null), 404, "unknown-contest");
        assertProblem(http.get("/api/clics/contests/" + slug + "/teams", outside.token()), 404, "unknown-contest");
        assertFalse(ids(clics.get("/contests", outside.token(), "contests.json")).contains(slug));
        assertTrue(ids(clics.get("/contests", inside.token(), "contests.json")).contains(slug));
        clics.get("/contests/" + slug, inside.token(), "contest.json");

        assertProblem(http.get("/api/clics/contests/no-such-contest", admin), 404, "unknown-contest");
        assertProblem(http.get("/api/clics/contests/" + slug + "/clarifications", admin), 404, "unknown-endpoint");
        assertProblem(http.get("/api/clics/contests/" + slug + "/submissions/999999", admin), 404, "unknown-object");
        assertProblem(http.get("/api/clics/contests/" + slug + "/event-feed?since_token=abc", admin), 400,
                "bad-token");
        assertProblem(http.get("/api/clics/contests/" + slug + "/event-feed?since_token=999999", admin), 400,
                "bad-token");
        assertProblem(http.get("/api/clics/contests/" + slug + "/event-feed?stream=maybe", admin), 400,
                "bad-stream");
    }

    static void assertProblem(Http.Response r, int status, String code) {
        JsonNode body = ApiSessions.assertProblem(r, status, code);
        assertEquals(status, body.get("code").asInt(), "the CLICS error members");
        assertEquals(body.get("detail").asString(), body.get("message").asString());
    }

    @Test
    void anUpcomingContestShowsItsProblemsToAdministratorsOnly() {
        String slug = slug("later");
        create(contest(slug, "icpc", Instant.now().plus(1, ChronoUnit.HOURS), "PT2H",
                List.of(Map.of("problem", "hello"), Map.of("problem", "aplusb"))));
        assertEquals(0, clics.get("/contests/" + slug + "/problems", null, "problems.json").size());
        assertEquals(2, clics.get("/contests/" + slug + "/problems", admin, "problems.json").size());
        JsonNode state = clics.get("/contests/" + slug + "/state", null, "state.json");
        assertTrue(state.get("started").isNull());
        JsonNode contest = clics.get("/contests/" + slug, null, "contest.json");
        assertEquals("2:00:00.000", contest.get("duration").asString());
        assertEquals(20, contest.get("penalty_time").asInt());
        checkEveryEndpoint(slug, null);
        checkEveryEndpoint(slug, admin);
    }

    @Test
    void anIcpcContestThroughItsFreezeEndAndThaw() throws Exception {
        User u1 = newUser();
        User u2 = newUser();
        User u3 = newUser();
        String slug = slug("icpc");
        Instant start = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        Instant freezeAt = Instant.now().plusSeconds(12).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> definition = contest(slug, "icpc", start, "PT1H",
                List.of(Map.of("label", "A", "problem", "hello"), Map.of("label", "B", "problem", "aplusb")));
        definition.put("freeze", Duration.between(freezeAt, start.plus(Duration.ofHours(1))).toString());
        create(definition);
        register(slug, u1, u2, u3);

        // before the freeze: u1 A wrong, then right, B right; u2 B does not compile, then right
        long u1aWrong = submit(slug, "A", u1, "python3", HELLO_WRONG);
        long u1a = submit(slug, "A", u1, "python3", HELLO);
        long u1b = submit(slug, "B", u1, "python3", PY_SUM);
        long u2ce = submit(slug, "B", u2, "c", C_BROKEN);
        long u2b = submit(slug, "B", u2, "python3", PY_SUM);
        long byAdmin = submit(slug, "A", new User("admin", admin, 0), "python3", HELLO);
        assertTrue(Instant.now().isBefore(freezeAt), "the test was too slow to submit before the freeze");
        awaitVerdicts(u1aWrong, u1a, u1b, u2ce, u2b, byAdmin);
        while (Instant.now().isBefore(freezeAt.plusMillis(200))) sleep(50);

        // during the freeze: u3 A right, u2 A wrong
        long u3a = submit(slug, "A", u3, "python3", HELLO);
        long u2a = submit(slug, "A", u2, "python3", HELLO_WRONG);
        awaitVerdicts(u3a, u2a);

        JsonNode all = await("every judgement", () -> clics.get("/contests/" + slug + "/judgements", admin,
                "judgements.json"), j -> j.size() == 7 && allDone(j));
        assertEquals("WA", judgementOf(all, u1aWrong).get("judgement_type_id").asString());
        assertEquals("CE", judgementOf(all, u2ce).get("judgement_type_id").asString());
        assertEquals("AC", judgementOf(all, u3a).get("judgement_type_id").asString());
        assertEquals("WA", judgementOf(all, u2a).get("judgement_type_id").asString());
        JsonNode submissions = clics.get("/contests/" + slug + "/submissions", null, "submissions.json");
        assertEquals(Set.of(u1aWrong, u1a, u1b, u2ce, u2b, u3a, u2a).stream().map(String::valueOf)
                .collect(Collectors.toSet()), ids(submissions),
                "the public sees every submission but the administrator's test");
        JsonNode publicJudgements = clics.get("/contests/" + slug + "/judgements", null, "judgements.json");
        assertEquals(5, publicJudgements.size(), "the freeze hides two judgements from the public");
        assertEquals(null, judgementOf(publicJudgements, u3a));
        assertEquals(null, judgementOf(publicJudgements, u2a));
        assertProblem(http.get("/api/clics/contests/" + slug + "/judgements/" + u3a + "-1", null), 404,
                "unknown-object");
        assertEquals("AC", clics.get("/contests/" + slug + "/judgements/" + u3a + "-1", admin, "judgement.json")
                .get("judgement_type_id").asString());
        assertFalse(ids(clics.get("/contests/" + slug + "/judgement-types", null, "judgement-types.json"))
                .contains("JE"), "only administrators see the judging-error type");
        assertTrue(ids(clics.get("/contests/" + slug + "/judgement-types", admin, "judgement-types.json"))
                .contains("JE"));
        JsonNode state = clics.get("/contests/" + slug + "/state", null, "state.json");
        assertEquals(ClicsTimes.absolute(freezeAt), state.get("frozen").asString());
        assertTrue(state.get("ended").isNull());
        assertEquals(String.valueOf(u1.id()), clics.get("/contests/" + slug + "/submissions?team_id=" + u1.id()
                + "&problem_id=hello", null, "submissions.json").get(0).get("team_id").asString());
        assertEquals(2, clics.get("/contests/" + slug + "/submissions?team_id=" + u1.id() + "&problem_id=hello",
                null, "submissions.json").size(), "filters on ID properties");

        assertSameBoard(slug, null, "public", true);
        assertSameBoard(slug, admin, "full", true);
        JsonNode frozenCell = clics.get("/contests/" + slug + "/scoreboard", null, "scoreboard.json").get("rows");
        for (JsonNode row : frozenCell) {
            if (row.get("team_id").asString().equals(String.valueOf(u3.id()))) {
                assertEquals(1, row.get("problems").get(0).get("num_pending").asInt(), "'+1 ?' for the public");
            }
        }

        List<JsonNode> publicFeed = clics.feed(slug, null, "");
        List<JsonNode> adminFeed = clics.feed(slug, admin, "");
        assertEquals(List.of(), judgementEvents(publicFeed, u3a), "the public feed hides frozen judgements");
        assertEquals(List.of("started", "AC"), judgementEvents(adminFeed, u3a));
        assertEquals(List.of("started", "WA"), judgementEvents(publicFeed, u1aWrong));
        assertTrue(publicFeed.size() < adminFeed.size());

        // since_token resumes right after the event it names
        String middle = publicFeed.get(publicFeed.size() / 2).get("token").asString();
        assertEquals(publicFeed.subList(publicFeed.size() / 2 + 1, publicFeed.size()),
                clics.feed(slug, null, "&since_token=" + middle));

        // a streaming reader gets a new submission's event while connected, and keep-alive lines while it waits
        String lastToken = publicFeed.getLast().get("token").asString();
        try (FeedReader reader = new FeedReader(slug, null, lastToken)) {
            reader.awaitKeepAlive();
            long late = submit(slug, "B", u3, "python3", PY_SUM);
            JsonNode event = reader.await(e -> e.get("type").asString().equals("submissions")
                    && e.get("id").asString().equals(String.valueOf(late)));
            assertEquals(String.valueOf(u3.id()), event.get("data").get("team_id").asString());
            awaitVerdicts(late);
        }

        // the contest ends and is unfrozen: the public gets the hidden judgements as new events; its past is unchanged
        List<JsonNode> beforeThaw = clics.feed(slug, null, "");
        Instant end = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
        definition.put("duration", Duration.between(start, end).toString());
        definition.put("freeze", Duration.between(freezeAt, end).toString());
        redefine(slug, definition);
        while (Instant.now().isBefore(end.plusMillis(200))) sleep(50);
        Http.Response unfreeze = http.postJson("/api/admin/contests/" + slug + "/unfreeze", admin, "");
        assertEquals(200, unfreeze.status(), unfreeze.body());
        JsonNode thawed = await("the thaw", () -> clics.get("/contests/" + slug + "/state", null, "state.json"),
                s -> !s.get("thawed").isNull());
        assertFalse(thawed.get("ended").isNull());
        JsonNode publicAfter = await("the hidden judgements", () -> clics.get("/contests/" + slug + "/judgements",
                null, "judgements.json"), j -> j.size() == 8);
        assertEquals("AC", judgementOf(publicAfter, u3a).get("judgement_type_id").asString());
        List<JsonNode> afterThaw = clics.feed(slug, null, "");
        assertEquals(beforeThaw, afterThaw.subList(0, beforeThaw.size()), "the log only grows");
        List<JsonNode> resumed = clics.feed(slug, null, "&since_token=" + beforeThaw.getLast().get("token").asString());
        assertEquals(List.of("AC"), judgementEvents(resumed, u3a));
        assertEquals(List.of("WA"), judgementEvents(resumed, u2a));
        assertSameBoard(slug, null, "public", true);

        // a rejudge is a new judgement of each submission; the earlier ones stay
        assertEquals(202, http.postJson("/api/admin/contests/" + slug + "/problems/A/rejudge", admin, "").status());
        JsonNode rejudged = await("the rejudge", () -> clics.get("/contests/" + slug + "/judgements", admin,
                "judgements.json"), j -> ids(j).contains(u3a + "-2") && allDone(j));
        assertEquals("AC", judgementOf(rejudged, u3a).get("judgement_type_id").asString());
        assertEquals(u3a + "-2", judgementOf(rejudged, u3a).get("id").asString());
        assertTrue(ids(rejudged).contains(u3a + "-1"));
        checkEveryEndpoint(slug, null);
        checkEveryEndpoint(slug, admin);
    }

    static boolean allDone(JsonNode judgements) {
        for (JsonNode j : judgements) {
            if (j.get("judgement_type_id") == null) return false;
        }
        return true;
    }

    @Test
    void anIoiContestScoresThroughTheClicsApi() {
        String group1Only = "import sys\nd = sys.stdin.read().split()\nn = int(d[0])\na = list(map(int, d[1:n + 1]))\n"
                + "best = a[0]\nif n > 1000:\n    print(0)\n    sys.exit()\nfor l in range(n):\n    s = 0\n"
                + "    for r in range(l, n):\n        s += a[r]\n        best = max(best, s)\nprint(best)\n";
        String group2Only = "import sys\nd = sys.stdin.read().split()\nn = int(d[0])\nbest = None\np = 0\nm = 0\n"
                + "for t in d[1:n + 1]:\n    p += int(t)\n    best = p - m if best is None else max(best, p - m)\n"
                + "    m = min(m, p)\nprint(best if n > 1000 else best + 1)\n";
        User u1 = newUser();
        User u2 = newUser();
        User u3 = newUser();
        String slug = slug("ioi");
        Map<String, Object> c = contest(slug, "ioi", Instant.now().minus(5, ChronoUnit.MINUTES), "PT3H",
                List.of(Map.of("label", "A", "problem", "maxsub", "points", 100),
                        Map.of("label", "B", "problem", "hello", "points", 50)));
        c.put("ioiMode", "best-per-subtask");
        create(c);
        register(slug, u1, u2, u3);
        long a1 = submit(slug, "A", u1, "python3", group1Only);
        long a2 = submit(slug, "A", u1, "python3", group2Only);
        long b1 = submit(slug, "B", u2, "python3", HELLO);
        long b2 = submit(slug, "B", u3, "python3", HELLO_WRONG);
        awaitVerdicts(a1, a2, b1, b2);

        JsonNode judgements = await("every judgement", () -> clics.get("/contests/" + slug + "/judgements", admin,
                "judgements.json"), j -> j.size() == 4 && allDone(j));
        assertEquals(30.0, judgementOf(judgements, a1).get("score").asDouble(), 1e-9);
        assertEquals(70.0, judgementOf(judgements, a2).get("score").asDouble(), 1e-9);
        assertEquals(0.0, judgementOf(judgements, b2).get("score").asDouble(), 1e-9);
        JsonNode contest = clics.get("/contests/" + slug, null, "contest.json");
        assertEquals("score", contest.get("scoreboard_type").asString());
        assertTrue(contest.get("penalty_time") == null);
        JsonNode problems = clics.get("/contests/" + slug + "/problems", null, "problems.json");
        assertEquals(100.0, problems.get(0).get("max_score").asDouble(), 1e-9);

        assertSameBoard(slug, null, "public", false);
        JsonNode scoreboard = clics.get("/contests/" + slug + "/scoreboard", null, "scoreboard.json");
        JsonNode first = scoreboard.get("rows").get(0);
        assertEquals(String.valueOf(u1.id()), first.get("team_id").asString());
        assertEquals(100.0, first.get("score").get("score").asDouble(), 1e-9, "30 from one, 70 from the other");
        assertNotNull(first.get("problems").get(0).get("time"), "a cell with a score has its time");
        checkEveryEndpoint(slug, null);
        checkEveryEndpoint(slug, admin);
    }

    /** A streaming event-feed reader on a thread of its own. */
    final class FeedReader implements AutoCloseable {
        private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final HttpResponse<InputStream> response;
        private final Thread reader;

        FeedReader(String contest, String token, String sinceToken) throws Exception {
            response = http.client().send(http.builder(ClicsClient.BASE + "/contests/" + contest
                    + "/event-feed?since_token=" + sinceToken, token).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, response.statusCode());
            reader = Thread.ofVirtual().start(this::read);
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) lines.add(line);
            } catch (IOException e) {
                // closed by the test
            }
        }

        void awaitKeepAlive() throws InterruptedException {
            String line = lines.poll(10, TimeUnit.SECONDS);
            assertEquals("", line, "an idle feed sends an empty line (keep-alive is 1 s here)");
        }

        JsonNode await(Predicate<JsonNode> wanted) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            List<String> seen = new ArrayList<>();
            while (System.nanoTime() < deadline) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line == null || line.isBlank()) continue;
                seen.add(line);
                JsonNode event = Http.JSON.readTree(line);
                clics.checkEvent(event);
                if (wanted.test(event)) return event;
            }
            throw new AssertionError("no such event; got " + seen);
        }

        @Override
        public void close() {
            try {
                response.body().close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            reader.interrupt();
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
