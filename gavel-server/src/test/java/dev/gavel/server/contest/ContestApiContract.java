package dev.gavel.server.contest;

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
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;

/**
 * Contests end to end on a real server with the real sandbox: an ICPC contest from creation to its unfrozen
 * board, an IOI contest in both scoring modes, and what the API refuses. Subclasses choose the database and where
 * the boards are kept.
 */
@Tag("sandbox")
abstract class ContestApiContract {


    @LocalServerPort
    int port;
    Http http;
    String admin;

    static void serverProperties(DynamicPropertyRegistry registry, String dbUrl) throws IOException {
        ContestFixtures.serverProperties(registry, dbUrl);
    }

    static String repo(String path) {
        return ApiSessions.repo(path);
    }

    @BeforeEach
    void client() {
        http = new Http(port);
        admin = ApiSessions.login(http, "admin", ADMIN_PASSWORD);
    }

    record User(String name, String token) {
    }

    User newUser() {
        ApiSessions.Account a = ApiSessions.signUp(http);
        return new User(a.name(), a.token());
    }

    long submit(String contest, String label, User user, String language, String source) {
        Http.Response r = http.postJson("/api/contests/" + contest + "/problems/" + label + "/submissions",
                user.token(), Map.of("language", language, "source", source));
        assertEquals(202, r.status(), r.body());
        return r.json().get("id").asLong();
    }

    JsonNode awaitVerdict(String token, long id) {
        return ApiSessions.awaitVerdict(http, token, id);
    }

    /** The board once every submission's verdict reached it (its rows hold no pending cell but frozen ones). */
    JsonNode settledBoard(String contest, String token, String query) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode board = null;
        while (System.nanoTime() < deadline) {
            Http.Response r = http.get("/api/contests/" + contest + "/leaderboard" + query, token);
            assertEquals(200, r.status(), r.body());
            board = r.json();
            boolean settled = true;
            for (JsonNode row : board.get("rows")) {
                for (JsonNode cell : row.get("cells")) {
                    if (cell.path("pending").asInt(0) > 0 && !cell.path("frozen").asBoolean(false)) settled = false;
                }
            }
            if (settled) return board;
            sleep(100);
        }
        throw new AssertionError("the board did not settle: " + board);
    }

    static JsonNode row(JsonNode board, String name) {
        for (JsonNode row : board.get("rows")) {
            if (row.get("name").asString().equals(name)) return row;
        }
        throw new AssertionError(name + " is not on the board: " + board);
    }

    static JsonNode cell(JsonNode row, String label) {
        for (JsonNode cell : row.get("cells")) {
            if (cell.get("label").asString().equals(label)) return cell;
        }
        throw new AssertionError("no cell " + label + " in " + row);
    }

    /** Whole minutes from the contest's start to a submission's acceptance: its time on the board. */
    long minute(Instant start, String token, long id) {
        Instant created = Instant.parse(http.get("/api/submissions/" + id, token).json().get("createdAt").asString());
        return Duration.between(start, created).toMinutes();
    }

    static void assertProblem(Http.Response r, int status, String code) {
        ApiSessions.assertProblem(r, status, code);
    }

    @Test
    void aBadContestIsRefusedWithEveryProblemListedAndNothingStored() {
        Map<String, Object> bad = contest("Bad Slug!", "chess", Instant.now(), "five hours",
                List.of(Map.of("problem", "no-such-problem"), Map.of("label", "A", "problem", "hello")));
        Http.Response r = http.postJson("/api/admin/contests", admin, bad);
        assertProblem(r, 422, "bad-contest");
        List<String> errors = new ArrayList<>();
        r.json().get("errors").forEach(e -> errors.add(e.asString()));
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("slug:")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("format:")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("duration:")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("no-such-problem")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("'A' is used twice")), errors.toString());
        assertFalse(http.get("/api/contests", admin).body().contains("Bad Slug"), "nothing was stored");

        User user = newUser();
        String slug = slug("icpc");
        Map<String, Object> good = contest(slug, "icpc", Instant.now(), "PT1H", List.of(Map.of("problem", "hello")));
        assertProblem(http.postJson("/api/admin/contests", user.token(), good), 403, "forbidden");
        assertProblem(http.postJson("/api/admin/contests", null, good), 401, "unauthorized");
        assertEquals(201, http.postJson("/api/admin/contests", admin, good).status());
        assertProblem(http.postJson("/api/admin/contests", admin, good), 409, "contest-exists");
    }

    @Test
    void submissionsAreTakenOnlyWhileTheContestRunsButAdminsMayAlwaysSubmit() {
        User user = newUser();
        String upcoming = slug("later");
        assertEquals(201, http.postJson("/api/admin/contests", admin, contest(upcoming, "icpc",
                Instant.now().plus(1, ChronoUnit.HOURS), "PT2H", List.of(Map.of("problem", "hello")))).status());
        assertEquals(201, http.postJson("/api/contests/" + upcoming + "/register", user.token(), "").status());
        assertProblem(http.postJson("/api/contests/" + upcoming + "/problems/A/submissions", user.token(),
                Map.of("language", "python3", "source", HELLO)), 409, "contest-not-started");
        JsonNode page = http.get("/api/contests/" + upcoming, user.token()).json();
        assertEquals("upcoming", page.get("phase").asString());
        assertEquals(0, page.get("problems").size(), "the set is hidden until the start");
        assertProblem(http.get("/api/contests/" + upcoming + "/problems/A", user.token()), 403, "contest-not-started");
        // nor through the practice API, until the contest is over (administrators see it)
        assertProblem(http.get("/api/problems/hello", user.token()), 404, "unknown-problem");
        assertProblem(http.get("/api/problems/hello", null), 404, "unknown-problem");
        assertFalse(http.get("/api/problems?limit=100", user.token()).body().contains("\"hello\""));
        assertProblem(http.postJson("/api/problems/hello/submissions", user.token(),
                Map.of("language", "python3", "source", HELLO)), 404, "unknown-problem");
        assertEquals(200, http.get("/api/problems/hello", admin).status());
        assertTrue(http.get("/api/problems?limit=100", admin).body().contains("\"hello\""));

        String over = slug("over");
        assertEquals(201, http.postJson("/api/admin/contests", admin, contest(over, "icpc",
                Instant.now().minus(3, ChronoUnit.HOURS), "PT2H", List.of(Map.of("problem", "hello")))).status());
        assertProblem(http.postJson("/api/contests/" + over + "/register", user.token(), ""), 409, "contest-over");
        long byAdmin = submit(over, "A", new User("admin", admin), "python3", HELLO);
        assertEquals("AC", awaitVerdict(admin, byAdmin).get("verdict").asString());
        JsonNode board = http.get("/api/contests/" + over + "/leaderboard", null).json();
        assertEquals(0, board.get("total").asInt(), "an administrator's test submission is not on the board");

        String running = slug("now");
        assertEquals(201, http.postJson("/api/admin/contests", admin, contest(running, "icpc",
                Instant.now().minus(1, ChronoUnit.MINUTES), "PT2H", List.of(Map.of("problem", "hello")))).status());
        assertProblem(http.postJson("/api/contests/" + running + "/problems/A/submissions", user.token(),
                Map.of("language", "python3", "source", HELLO)), 403, "forbidden");
        assertProblem(http.postJson("/api/contests/" + running + "/problems/Z/submissions", admin,
                Map.of("language", "python3", "source", HELLO)), 404, "unknown-problem");
        assertProblem(http.get("/api/contests/nope/leaderboard", null), 404, "unknown-contest");
        assertProblem(http.get("/api/contests/" + running + "/leaderboard?view=full", user.token()), 403, "forbidden");
    }

    @Test
    void aPrivateContestIsInvisibleToOutsidersAndHasItsOwnRateLimit() {
        User inside = newUser();
        User outside = newUser();
        String slug = slug("private");
        Map<String, Object> c = contest(slug, "icpc", Instant.now().minus(1, ChronoUnit.MINUTES), "PT1H",
                List.of(Map.of("problem", "hello")));
        c.put("public", false);
        c.put("submissionsPerMinute", 2);
        assertEquals(201, http.postJson("/api/admin/contests", admin, c).status());
        Http.Response added = http.postJson("/api/admin/contests/" + slug + "/participants", admin,
                Map.of("usernames", List.of(inside.name())));
        assertEquals(200, added.status(), added.body());
        assertProblem(http.postJson("/api/admin/contests/" + slug + "/participants", admin,
                Map.of("usernames", List.of("nobody-" + UUID.randomUUID()))), 422, "unknown-users");

        assertProblem(http.get("/api/contests/" + slug, outside.token()), 404, "unknown-contest");
        assertProblem(http.get("/api/contests/" + slug + "/leaderboard", null), 404, "unknown-contest");
        assertFalse(http.get("/api/contests", outside.token()).body().contains(slug));
        assertTrue(http.get("/api/contests", inside.token()).body().contains(slug));
        assertTrue(http.get("/api/contests/" + slug, inside.token()).json().get("registered").asBoolean());

        submit(slug, "A", inside, "python3", HELLO_WRONG);
        submit(slug, "A", inside, "python3", HELLO_WRONG);
        Http.Response third = http.postJson("/api/contests/" + slug + "/problems/A/submissions", inside.token(),
                Map.of("language", "python3", "source", HELLO));
        assertProblem(third, 429, "rate-limited");
        assertNotNull(third.header("Retry-After"));
        assertTrue(third.json().get("detail").asString().contains("at most 2 submissions a minute"));
    }

    @Test
    void anIcpcContestFromCreationToItsUnfrozenBoard() throws Exception {
        User u1 = newUser();
        User u2 = newUser();
        User u3 = newUser();
        String slug = slug("icpc");
        Instant start = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> definition = contest(slug, "icpc", start, "PT1H",
                List.of(Map.of("label", "A", "problem", "hello"), Map.of("label", "B", "problem", "aplusb")));
        Http.Response created = http.postJson("/api/admin/contests", admin, definition);
        assertEquals(201, created.status(), created.body());
        assertEquals("/api/contests/" + slug, created.header("Location"));
        for (User u : List.of(u1, u2, u3)) {
            assertEquals(201, http.postJson("/api/contests/" + slug + "/register", u.token(), "").status());
        }
        assertEquals(200, http.postJson("/api/contests/" + slug + "/register", u1.token(), "").status());
        JsonNode empty = http.get("/api/contests/" + slug + "/leaderboard", null).json();
        assertEquals(3, empty.get("total").asInt(), "participants are on the board before they submit");
        assertEquals(1, empty.get("rows").get(2).get("rank").asInt(), "nobody solved anything: all share rank 1");
        assertFalse(http.get("/api/contests/" + slug + "/problems/B", u1.token()).json().get("statement")
                .asString().isBlank());

        // u1: A wrong then right, B right; u2: B does not compile (no penalty), then right
        long u1aWrong = submit(slug, "A", u1, "python3", HELLO_WRONG);
        awaitVerdict(u1.token(), u1aWrong);
        long u1a = submit(slug, "A", u1, "python3", HELLO);
        long u1b = submit(slug, "B", u1, "python3", PY_SUM);
        long u2ce = submit(slug, "B", u2, "c", C_BROKEN);
        assertEquals("CE", awaitVerdict(u2.token(), u2ce).get("verdict").asString());
        long u2b = submit(slug, "B", u2, "python3", PY_SUM);
        for (long id : List.of(u1a, u1b)) assertEquals("AC", awaitVerdict(u1.token(), id).get("verdict").asString());
        assertEquals("AC", awaitVerdict(u2.token(), u2b).get("verdict").asString());

        JsonNode board = settledBoard(slug, null, "");
        long m1a = minute(start, u1.token(), u1a);
        long m1b = minute(start, u1.token(), u1b);
        long m2b = minute(start, u2.token(), u2b);
        JsonNode r1 = row(board, u1.name());
        assertEquals(1, r1.get("rank").asInt());
        assertEquals(2, r1.get("solved").asInt());
        assertEquals(m1a + 20 + m1b, r1.get("penalty").asLong(), "one rejected try on A costs 20 minutes");
        assertEquals(2, cell(r1, "A").path("tries").asInt(0));
        assertEquals(m1a, cell(r1, "A").path("minute").asLong(0));
        assertTrue(cell(r1, "A").path("firstToSolve").asBoolean(false));
        assertTrue(cell(r1, "B").path("firstToSolve").asBoolean(false));
        JsonNode r2 = row(board, u2.name());
        assertEquals(2, r2.get("rank").asInt());
        assertEquals(m2b, r2.get("penalty").asLong(), "a compile error costs nothing");
        assertEquals(1, cell(r2, "B").path("tries").asInt(0));
        assertFalse(cell(r2, "B").path("firstToSolve").asBoolean(false));
        assertFalse(cell(r2, "B").has("firstToSolve"), "a field at its default is left out");
        assertEquals(3, row(board, u3.name()).get("rank").asInt());
        JsonNode around = http.get("/api/contests/" + slug + "/leaderboard?around=me&radius=0", u2.token()).json();
        assertEquals(1, around.get("rows").size());
        assertEquals(u2.name(), around.get("rows").get(0).get("name").asString());
        assertEquals(u2.name(), around.get("me").get("name").asString());

        // freeze from now on: later results are hidden from the public board
        Instant freezeAt = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        definition.put("freeze", Duration.between(freezeAt, start.plus(Duration.ofHours(1))).toString());
        redefine(slug, definition);
        while (Instant.now().isBefore(freezeAt.plusMillis(100))) sleep(50);
        Events events = new Events(slug, u3.token(), board.get("lastEventId").asLong());
        long u3a = submit(slug, "A", u3, "python3", HELLO);
        long u2a = submit(slug, "A", u2, "python3", HELLO_WRONG);
        awaitVerdict(u3.token(), u3a);
        awaitVerdict(u2.token(), u2a);

        JsonNode frozen = settledBoard(slug, u3.token(), "");
        assertTrue(frozen.path("frozen").asBoolean(false));
        JsonNode u3Public = cell(row(frozen, u3.name()), "A");
        assertTrue(u3Public.path("frozen").asBoolean(false));
        assertEquals(1, u3Public.path("pending").asInt(0), "'+1 ?' on the public board");
        assertFalse(u3Public.path("solved").asBoolean(false));
        assertEquals(3, row(frozen, u3.name()).get("rank").asInt());
        assertTrue(cell(frozen.get("me"), "A").path("solved").asBoolean(false), "u3 sees their own result");
        JsonNode full = settledBoard(slug, admin, "?view=full");
        assertTrue(cell(row(full, u3.name()), "A").path("solved").asBoolean(false), "the full board has the truth");
        assertEquals(1, cell(row(full, u2.name()), "A").path("tries").asInt(0));
        assertFalse(cell(row(full, u2.name()), "A").path("solved").asBoolean(false));
        // the stream carried the change as a frozen cell, and u3's own true row
        JsonNode pushed = events.awaitRow(u3.name(), r -> cell(r, "A").path("pending").asInt(0) == 1);
        assertTrue(cell(pushed, "A").path("frozen").asBoolean(false));
        events.awaitMe(r -> cell(r, "A").path("solved").asBoolean(false));
        events.close();

        // the contest ends; late submissions are refused; the resolver reveals the frozen cells one by one
        Instant end = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
        definition.put("duration", Duration.between(start, end).toString());
        definition.put("freeze", Duration.between(freezeAt, end).toString());
        redefine(slug, definition);
        assertProblem(http.postJson("/api/admin/contests/" + slug + "/reveal", admin, ""), 409, "contest-not-over");
        while (Instant.now().isBefore(end.plusMillis(100))) sleep(50);
        assertProblem(http.postJson("/api/contests/" + slug + "/problems/A/submissions", u1.token(),
                Map.of("language", "python3", "source", HELLO)), 409, "contest-over");
        assertProblem(http.postJson("/api/admin/contests/" + slug + "/reveal", u1.token(), ""), 403, "forbidden");
        Http.Response first = http.postJson("/api/admin/contests/" + slug + "/reveal", admin, "");
        assertEquals(200, first.status(), first.body());
        assertEquals(u3.name(), first.json().get("participant").asString(), "the lowest-ranked row goes first");
        assertEquals("A", first.json().get("problem").asString());
        assertEquals(3, first.json().get("before").get("rank").asInt());
        assertTrue(cell(first.json().get("after"), "A").path("solved").asBoolean(false));
        // the board is rebuilt during the reveal (as after a restart): the revealed cell still shows, the reveal goes on
        JsonNode beforeRebuild = http.get("/api/contests/" + slug + "/leaderboard", null).json();
        redefine(slug, definition);
        JsonNode afterRebuild = http.get("/api/contests/" + slug + "/leaderboard", null).json();
        assertEquals(rowsOf(beforeRebuild), rowsOf(afterRebuild), "the rebuilt public board");
        assertTrue(cell(row(afterRebuild, u3.name()), "A").path("solved").asBoolean(false));
        Http.Response second = http.postJson("/api/admin/contests/" + slug + "/reveal", admin, "");
        assertEquals(200, second.status(), second.body());
        assertEquals(u2.name(), second.json().get("participant").asString());
        assertEquals(204, http.postJson("/api/admin/contests/" + slug + "/reveal", admin, "").status());

        JsonNode revealed = http.get("/api/contests/" + slug + "/leaderboard", null).json();
        assertFalse(revealed.path("frozen").asBoolean(false));
        assertEquals(rowsOf(full), rowsOf(revealed), "after the reveal the public board is the full one");
        assertNotNull(http.get("/api/contests/" + slug, null).json().get("unfrozenAt").asString());

        // a rejudge of A goes through the contest lane and gives the same board
        Http.Response rejudge = http.postJson("/api/admin/contests/" + slug + "/problems/A/rejudge", admin, "");
        assertEquals(202, rejudge.status(), rejudge.body());
        assertEquals(4, rejudge.json().get("queued").asInt());
        for (long id : List.of(u1aWrong, u1a)) awaitVerdict(admin, id);
        for (long id : List.of(u3a, u2a)) awaitVerdict(admin, id);
        assertEquals(rowsOf(full), rowsOf(settledBoard(slug, null, "")));
    }

    void redefine(String slug, Map<String, Object> definition) {
        Http.Response r = http.send(http.builder("/api/admin/contests/" + slug, admin)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Http.JSON.writeValueAsString(definition))).build());
        assertEquals(200, r.status(), r.body());
    }

    /** Rows without event ids, for comparing boards. */
    static String rowsOf(JsonNode board) {
        return board.get("rows").toString();
    }

    @Test
    void anIoiContestScoresBestSubmissionOrBestPerSubtask() {
        // group1 (30 of the package's 100 points, n <= 1000) only, and group2 (70 points, large n) only; the contest
        // makes the problem worth 50, so they are worth 15 and 35 on the board
        String group1Only = "import sys\nd = sys.stdin.read().split()\nn = int(d[0])\na = list(map(int, d[1:n + 1]))\n"
                + "best = a[0]\nif n > 1000:\n    print(0)\n    sys.exit()\nfor l in range(n):\n    s = 0\n"
                + "    for r in range(l, n):\n        s += a[r]\n        best = max(best, s)\nprint(best)\n";
        String group2Only = "import sys\nd = sys.stdin.read().split()\nn = int(d[0])\nbest = None\np = 0\nm = 0\n"
                + "for t in d[1:n + 1]:\n    p += int(t)\n    best = p - m if best is None else max(best, p - m)\n"
                + "    m = min(m, p)\nprint(best if n > 1000 else best + 1)\n";
        Map<String, Integer> bestSubmission = new HashMap<>();
        for (String mode : List.of("best-submission", "best-per-subtask")) {
            User u1 = newUser();
            User u2 = newUser();
            String slug = slug("ioi");
            Map<String, Object> c = contest(slug, "ioi", Instant.now().minus(5, ChronoUnit.MINUTES), "PT3H",
                    List.of(Map.of("label", "A", "problem", "maxsub", "points", 50),
                            Map.of("label", "B", "problem", "hello", "points", 30)));
            c.put("ioiMode", mode);
            assertEquals(201, http.postJson("/api/admin/contests", admin, c).status());
            for (User u : List.of(u1, u2)) http.postJson("/api/contests/" + slug + "/register", u.token(), "");
            long a1 = submit(slug, "A", u1, "python3", group1Only);
            long a2 = submit(slug, "A", u1, "python3", group2Only);
            long b1 = submit(slug, "B", u2, "python3", HELLO);
            assertEquals(30.0, awaitVerdict(u1.token(), a1).get("score").asDouble(), 1e-9);
            assertEquals(70.0, awaitVerdict(u1.token(), a2).get("score").asDouble(), 1e-9);
            awaitVerdict(u2.token(), b1);
            JsonNode board = settledBoard(slug, null, "");
            JsonNode r1 = row(board, u1.name());
            JsonNode r2 = row(board, u2.name());
            assertTrue(r1.get("penalty").isNull(), "IOI rows have no penalty");
            assertEquals(30.0, r2.get("points").asDouble(), 1e-9, "a pass-fail problem gives its points when accepted");
            bestSubmission.put(mode, (int) Math.round(r1.get("points").asDouble()));
            if (mode.equals("best-submission")) {
                assertEquals(35.0, cell(r1, "A").path("score").asDouble(0), 1e-9);
                assertEquals(1, r1.get("rank").asInt());
                assertEquals(2, r2.get("rank").asInt());
            } else {
                assertEquals(50.0, cell(r1, "A").path("score").asDouble(0), 1e-9, "15 from one, 35 from the other");
                assertTrue(cell(r1, "A").path("solved").asBoolean(false));
            }
        }
        assertEquals(Map.of("best-submission", 35, "best-per-subtask", 50), bestSubmission);
    }

    @Test
    void aTeamsMembersSubmitForTheTeamsOneRow() {
        User m1 = newUser();
        User m2 = newUser();
        User solo = newUser();
        String slug = slug("team");
        Instant start = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        assertEquals(201, http.postJson("/api/admin/contests", admin, contest(slug, "icpc", start, "PT3H",
                List.of(Map.of("problem", "hello")))).status());
        assertEquals(201, http.postJson("/api/contests/" + slug + "/register", solo.token(), "").status());
        String team = "team-" + UUID.randomUUID().toString().substring(0, 8);

        // a bad team is refused with every problem listed, and nothing is stored
        Http.Response bad = http.postJson("/api/admin/contests/" + slug + "/teams", admin,
                Map.of("name", team, "members", List.of(m1.name(), "nobody-" + team, solo.name(), m1.name())));
        assertProblem(bad, 422, "bad-team");
        assertEquals(3, bad.json().get("errors").size(), bad.body());
        assertEquals(1, http.get("/api/contests/" + slug + "/leaderboard", null).json().get("total").asInt());
        assertProblem(http.postJson("/api/admin/contests/" + slug + "/teams", m1.token(),
                Map.of("name", team, "members", List.of(m2.name()))), 403, "forbidden");

        Http.Response created = http.postJson("/api/admin/contests/" + slug + "/teams", admin,
                Map.of("name", team, "members", List.of(m1.name(), m2.name())));
        assertEquals(201, created.status(), created.body());
        JsonNode teams = http.get("/api/admin/contests/" + slug + "/teams", admin).json().get("teams");
        assertEquals(1, teams.size(), teams.toString());
        assertEquals(team, teams.get(0).get("name").asString());
        assertEquals(List.of(m1.name(), m2.name()).stream().sorted().toList(),
                List.of(teams.get(0).get("members").get(0).asString(), teams.get(0).get("members").get(1).asString()));
        assertEquals(200, http.postJson("/api/contests/" + slug + "/register", m1.token(), "").status(),
                "a member takes part already, through the team");
        long wrong = submit(slug, "A", m1, "python3", HELLO_WRONG);
        long right = submit(slug, "A", m2, "python3", HELLO);
        awaitVerdict(m1.token(), wrong);
        assertEquals("AC", awaitVerdict(m2.token(), right).get("verdict").asString());

        JsonNode board = settledBoard(slug, null, "");
        assertEquals(2, board.get("total").asInt(), "the team and the solo participant, not the members");
        JsonNode teamRow = row(board, team);
        assertEquals(1, teamRow.get("solved").asInt());
        assertEquals(2, cell(teamRow, "A").path("tries").asInt(0), "both members' tries count for the team");
        assertEquals(minute(start, m2.token(), right) + 20, teamRow.get("penalty").asLong());
        JsonNode mine = http.get("/api/contests/" + slug + "/leaderboard?around=me&radius=0", m1.token()).json();
        assertEquals(team, mine.get("rows").get(0).get("name").asString());
        assertEquals(team, mine.get("me").get("name").asString(), "a member's own row is the team's");
        String teamId = teamRow.get("userId").asString();
        JsonNode clicsSubmissions = http.get("/api/clics/contests/" + slug + "/submissions", admin).json();
        assertEquals(2, clicsSubmissions.size());
        for (JsonNode s : clicsSubmissions) assertEquals(teamId, s.get("team_id").asString(), "CLICS: the team's");
    }

    @Test
    void twoIoiParticipantsWithEqualTotalsShareARank() {
        User u1 = newUser();
        User u2 = newUser();
        User u3 = newUser();
        String slug = slug("tie");
        assertEquals(201, http.postJson("/api/admin/contests", admin, contest(slug, "ioi",
                Instant.now().minus(5, ChronoUnit.MINUTES), "PT3H",
                List.of(Map.of("problem", "hello", "points", 40)))).status());
        for (User u : List.of(u1, u2, u3)) http.postJson("/api/contests/" + slug + "/register", u.token(), "");
        long a = submit(slug, "A", u1, "python3", HELLO);
        long b = submit(slug, "A", u2, "python3", HELLO);
        awaitVerdict(u1.token(), a);
        awaitVerdict(u2.token(), b);
        JsonNode board = settledBoard(slug, null, "");
        assertEquals(1, row(board, u1.name()).get("rank").asInt());
        assertEquals(1, row(board, u2.name()).get("rank").asInt());
        assertEquals(3, row(board, u3.name()).get("rank").asInt());
    }

    @Test
    void theLeaderboardSocketCarriesARowChangeAsJson() throws Exception {
        User u = newUser();
        String slug = slug("socket");
        assertEquals(201, http.postJson("/api/admin/contests", admin, contest(slug, "icpc",
                Instant.now().minus(5, ChronoUnit.MINUTES), "PT3H", List.of(Map.of("problem", "hello")))).status());
        http.postJson("/api/contests/" + slug + "/register", u.token(), "");
        LinkedBlockingQueue<String> frames = new LinkedBlockingQueue<>();
        java.net.http.WebSocket socket = http.client().newWebSocketBuilder().buildAsync(java.net.URI.create(
                "ws://localhost:" + port + "/api/ws/contests/" + slug + "/leaderboard?access_token=" + u.token()),
                new java.net.http.WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public java.util.concurrent.CompletionStage<?> onText(java.net.http.WebSocket ws,
                                                                         CharSequence part, boolean last) {
                        text.append(part);
                        if (last) {
                            frames.add(text.toString());
                            text.setLength(0);
                        }
                        ws.request(1);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        try {
            awaitVerdict(u.token(), submit(slug, "A", u, "python3", HELLO));
            JsonNode solved = null;
            for (String f; solved == null && (f = frames.poll(30, TimeUnit.SECONDS)) != null; ) {
                JsonNode m = Http.JSON.readTree(f);
                JsonNode row = m.get("data").get("row");
                if (m.get("event").asString().equals("row") && row.get("solved").asInt() == 1) solved = m;
            }
            assertNotNull(solved, "a row event with the solve came over the socket");
            assertEquals(u.name(), solved.get("data").get("row").get("name").asString());
            assertEquals(solved.get("id").asLong(), solved.get("data").get("id").asLong(), "the view's event id");
        } finally {
            socket.sendClose(java.net.http.WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
        }
    }

    /** The leaderboard's SSE stream, read on a thread of its own. */
    final class Events implements AutoCloseable {
        private final LinkedBlockingQueue<String[]> received = new LinkedBlockingQueue<>();
        private final HttpResponse<InputStream> response;
        private final Thread reader;

        Events(String contest, String token, long lastEventId) throws Exception {
            response = http.client().send(http.builder("/api/contests/" + contest + "/leaderboard/events", token)
                    .header("Accept", "text/event-stream").header("Last-Event-ID", String.valueOf(lastEventId))
                    .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, response.statusCode());
            reader = Thread.ofVirtual().start(this::read);
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String event = null;
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("event:")) event = line.substring(6).strip();
                    else if (line.startsWith("data:")) received.add(new String[] {event, line.substring(5).strip()});
                }
            } catch (IOException e) {
                // closed by the test
            }
        }

        JsonNode awaitRow(String name, Predicate<JsonNode> wanted) throws InterruptedException {
            return await("row", name, wanted);
        }

        JsonNode awaitMe(Predicate<JsonNode> wanted) throws InterruptedException {
            return await("me", null, wanted);
        }

        private JsonNode await(String event, String name, Predicate<JsonNode> wanted)
                throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            List<String> seen = new ArrayList<>();
            while (System.nanoTime() < deadline) {
                String[] e = received.poll(100, TimeUnit.MILLISECONDS);
                if (e == null) continue;
                seen.add(e[0] + " " + e[1]);
                if (!event.equals(e[0])) continue;
                JsonNode row = Http.JSON.readTree(e[1]).get("row");
                if ((name == null || row.get("name").asString().equals(name)) && wanted.test(row)) return row;
            }
            throw new AssertionError("no " + event + " event as wanted; got " + seen);
        }

        @Override
        public void close() throws IOException {
            response.body().close();
            reader.interrupt();
        }
    }

    static void sleep(long ms) {
        ApiSessions.sleep(ms);
    }
}
