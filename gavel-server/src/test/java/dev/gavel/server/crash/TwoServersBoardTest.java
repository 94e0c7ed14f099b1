package dev.gavel.server.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gavel.server.testkit.ApiSessions;
import dev.gavel.server.testkit.ContestFixtures;
import dev.gavel.server.testkit.Http;
import dev.gavel.server.testkit.TestRedis;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Cluster mode for real: two servers in child JVMs on one PostgreSQL database, their boards in one Redis. One of them
 * keeps a contest's board; what the other accepts reaches it; an administrator's redefinition takes the board over on
 * the server that runs it; when the keeper is killed, the other takes the board over.
 * Judging is off on both (an accepted submission is a pending cell on the board, which is all this needs), so the two
 * share no sandbox.
 */
@Tag("postgres")
@Tag("redis")
class TwoServersBoardTest {

    private static final Path HELLO = Path.of("..", "problems", "hello").toAbsolutePath().normalize();
    private static final Duration STARTUP = Duration.ofSeconds(90);
    private static final Duration SETTLE = Duration.ofSeconds(30);
    private static final String SOURCE = "print('Hello, World!')\n";

    @TempDir
    Path homeA;
    @TempDir
    Path homeB;

    @Test
    void oneServerKeepsTheBoardAndAnotherTakesItOverOnARedefinitionOrWhenTheKeeperIsKilled() throws Exception {
        List<String> cluster = List.of("--gavel.judging.enabled=false", "--gavel.leaderboard.store=redis",
                "--gavel.leaderboard.redis-url=" + TestRedis.url(),
                "--gavel.leaderboard.redis-namespace=gavel-test-" + UUID.randomUUID(),
                "--gavel.leaderboard.lease=3s");
        try (TestDatabase db = TestDatabase.Postgres.fresh();
             ChildServer a = new ChildServer("two-servers-a", homeA, HELLO, db.env(), cluster);
             ChildServer b = new ChildServer("two-servers-b", homeB, HELLO, db.env(), cluster)) {
            a.start(STARTUP);
            b.start(STARTUP);
            Http viaA = new Http(a.base().getPort());
            Http viaB = new Http(b.base().getPort());
            String admin = ApiSessions.login(viaA, "admin", "crash-test-admin");
            String slug = ContestFixtures.slug("cluster");
            Instant start = Instant.now().minus(10, ChronoUnit.MINUTES);
            Map<String, Object> definition = ContestFixtures.contest(slug, "icpc", start, "PT1H",
                    List.of(Map.of("label", "A", "problem", "hello")));
            Http.Response created = viaA.postJson("/api/admin/contests", admin, definition);
            assertEquals(201, created.status(), created.body());
            ApiSessions.Account u1 = ApiSessions.signUp(viaA);
            assertEquals(201, viaA.postJson("/api/contests/" + slug + "/register", u1.token(), "").status());

            // A reads the board first and keeps it; B follows it
            assertEquals(1, board(viaA, slug).get("total").asInt());
            assertEquals(1, board(viaB, slug).get("total").asInt());

            // B registers u2, and u1 submits through each server: A's board has all of it, and B shows A's board
            ApiSessions.Account u2 = ApiSessions.signUp(viaB);
            assertEquals(201, viaB.postJson("/api/contests/" + slug + "/register", u2.token(), "").status());
            submit(viaA, slug, u1);
            submit(viaB, slug, u1);
            for (Http via : List.of(viaA, viaB)) {
                JsonNode settled = awaitBoard(via, slug, board -> board.get("total").asInt() == 2
                        && pending(board, u1.name()) == 2);
                assertEquals(0, pending(settled, u2.name()));
            }

            // an administrator redefines the contest on B: B takes the board over, A follows it from then on
            Http.Response redefined = viaB.send(viaB.builder("/api/admin/contests/" + slug, admin)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(Http.JSON.writeValueAsString(definition))).build());
            assertEquals(200, redefined.status(), redefined.body());
            submit(viaA, slug, u2);
            for (Http via : List.of(viaA, viaB)) {
                JsonNode settled = awaitBoard(via, slug, board -> pending(board, u2.name()) == 1);
                assertEquals(2, pending(settled, u1.name()));
            }

            // B dies without giving the board up; once its lease has run out, A keeps the board again
            b.kill();
            submit(viaA, slug, u2);
            JsonNode afterTakeover = awaitBoard(viaA, slug, board -> pending(board, u2.name()) == 2);
            assertEquals(2, pending(afterTakeover, u1.name()), "A built the board again with everything stored");
            submit(viaA, slug, u1);
            awaitBoard(viaA, slug, board -> pending(board, u1.name()) == 3);
        }
    }

    private static void submit(Http via, String slug, ApiSessions.Account user) {
        Http.Response r = via.postJson("/api/contests/" + slug + "/problems/A/submissions", user.token(),
                Map.of("language", "python3", "source", SOURCE));
        assertEquals(202, r.status(), r.body());
    }

    private static JsonNode board(Http via, String slug) {
        Http.Response r = via.get("/api/contests/" + slug + "/leaderboard", null);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static JsonNode awaitBoard(Http via, String slug, Predicate<JsonNode> done) {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        JsonNode board = board(via, slug);
        while (!done.test(board)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the board on " + via.base() + " did not get there within " + SETTLE + ": "
                        + board);
            }
            ApiSessions.sleep(100);
            board = board(via, slug);
        }
        return board;
    }

    /** The participant's pending tries on problem A, 0 when not on the board. */
    private static int pending(JsonNode board, String name) {
        for (JsonNode row : board.get("rows")) {
            if (row.get("name").asString().equals(name)) return row.get("cells").get(0).path("pending").asInt(0);
        }
        return 0;
    }
}
