package dev.gavel.server.api;

import static dev.gavel.server.testkit.ApiSessions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.server.testkit.ApiSessions;
import dev.gavel.server.testkit.ApiSessions.Account;
import dev.gavel.server.testkit.ContestFixtures;
import dev.gavel.server.testkit.Http;
import dev.gavel.server.testkit.TestDatabases;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The admin status, problem verification and API token endpoints, on H2. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminStatusApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient db;
    Http http;
    String admin;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        ContestFixtures.serverProperties(registry, TestDatabases.newH2Database());
    }

    @BeforeEach
    void setUp() {
        http = new Http(port);
        admin = ApiSessions.login(http, "admin", ContestFixtures.ADMIN_PASSWORD);
    }

    @Test
    void statusListsEveryLaneTheWorkersAndTheLatestSystemErrors() {
        long problem = db.sql("SELECT id FROM problems WHERE slug = 'hello'").query(Long.class).single();
        long se = systemError(problem, "sandbox could not start: out of cgroups");

        JsonNode status = http.get("/api/admin/status", admin).json();

        List<String> lanes = new ArrayList<>();
        status.get("lanes").forEach(l -> {
            lanes.add(l.get("lane").asString());
            assertTrue(l.get("depth").asLong() >= 0, l.toString());
        });
        assertEquals(List.of("contest", "practice", "execution", "rejudge"), lanes);
        assertEquals(2, status.get("workers").get("total").asInt());
        assertTrue(status.get("workers").get("busy").asInt() >= 0);
        assertTrue(status.get("systemErrorCount").asLong() >= 1);
        JsonNode latest = status.get("systemErrors").get(0);
        assertEquals(se, latest.get("submission").asLong());
        assertEquals("hello", latest.get("problem").asString());
        assertEquals("sandbox could not start: out of cgroups", latest.get("reason").asString());
    }

    @Test
    void onlyAdministratorsSeeTheStatusOrVerify() {
        Account user = ApiSessions.signUp(http);
        assertProblem(http.get("/api/admin/status", user.token()), 403, "forbidden");
        assertProblem(http.get("/api/admin/status", null), 401, "unauthorized");
        assertProblem(http.postJson("/api/admin/problems/hello/verify", user.token(), "{}"), 403, "forbidden");
        assertProblem(http.get("/api/admin/problems/hello/verify", user.token()), 403, "forbidden");
    }

    @Test
    void verifyingAnUnknownOrUnverifiedProblemIsNotFound() {
        assertProblem(http.postJson("/api/admin/problems/no-such/verify", admin, "{}"), 404, "unknown-problem");
        assertProblem(http.get("/api/admin/problems/aplusb/verify", admin), 404, "not-verified");
    }

    @Test
    @Tag("sandbox")
    void verifyJudgesTheJurySubmissionsAgainstTheirExpectedVerdicts() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("echo/problem.yaml", "name: Echo\nlimits:\n  memory: 256\n");
        files.put("echo/.timelimit", "1\n");
        files.put("echo/data/secret/1.in", "5\n");
        files.put("echo/data/secret/1.ans", "5\n");
        files.put("echo/submissions/accepted/echo.py", "print(input())\n");
        files.put("echo/submissions/wrong_answer/zero.py", "print(0)\n");
        files.put("echo/submissions/accepted/not_really.py", "print(1)\n");
        Http.Response imported = http.post("/api/admin/problems?slug=echo", admin, "application/zip",
                PracticeApiContract.zipOf(files));
        assertEquals(201, imported.status(), imported.body());

        Http.Response started = http.postJson("/api/admin/problems/echo/verify", admin, "{}");
        assertEquals(202, started.status(), started.body());
        JsonNode run = awaitVerification("echo");

        assertEquals("done", run.get("state").asString());
        assertFalse(run.get("passed").asBoolean(), "an accepted/ submission that gets WA fails the verification");
        Map<String, String> statusOf = new LinkedHashMap<>();
        Map<String, String> gotOf = new LinkedHashMap<>();
        run.get("rows").forEach(r -> {
            statusOf.put(r.get("submission").asString(), r.get("status").asString());
            gotOf.put(r.get("submission").asString(), r.get("got").asString());
        });
        assertEquals(Map.of("submissions/accepted/echo.py", "ok", "submissions/wrong_answer/zero.py", "ok",
                "submissions/accepted/not_really.py", "mismatch"), statusOf);
        assertEquals("WA", gotOf.get("submissions/accepted/not_really.py"));
        assertEquals(3, run.get("total").asInt());
    }

    private JsonNode awaitVerification(String slug) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            Http.Response r = http.get("/api/admin/problems/" + slug + "/verify", admin);
            assertEquals(200, r.status(), r.body());
            if (!r.json().get("state").asString().equals("running")) return r.json();
            ApiSessions.sleep(200);
        }
        throw new AssertionError("the verification of " + slug + " did not finish in 90 s");
    }

    @Test
    void aUserMakesListsAndRevokesTokensAndOnlyTheirOwn() {
        Account alice = ApiSessions.signUp(http);
        Account bob = ApiSessions.signUp(http);

        Http.Response created = http.postJson("/api/users/me/tokens", alice.token(), Map.of("label", " laptop "));
        assertEquals(201, created.status(), created.body());
        String secret = created.json().get("token").asString();
        String id = created.json().get("id").asString();
        assertEquals("laptop", created.json().get("label").asString());
        assertTrue(tokenOf(alice, id).get("lastUsedAt").isNull(), "not used yet");
        assertEquals(alice.name(), http.get("/api/users/me", secret).json().get("username").asString());
        assertNotNull(OffsetDateTime.parse(tokenOf(alice, id).get("lastUsedAt").asString()), "used now");

        JsonNode list = http.get("/api/users/me/tokens", alice.token()).json().get("items");
        assertEquals(2, list.size(), "the sign-up token and the new one: " + list);
        for (JsonNode t : list) {
            assertFalse(t.has("token"), "a listed token never carries its secret: " + t);
            assertNotNull(OffsetDateTime.parse(t.get("createdAt").asString()));
            assertEquals(!t.get("id").asString().equals(id), t.get("current").asBoolean());
        }
        assertFalse(list.toString().contains(secret));

        assertProblem(http.send(http.builder("/api/users/me/tokens/" + id, bob.token()).DELETE().build()), 404,
                "token-not-found");
        assertEquals(200, http.get("/api/users/me", secret).status(), "bob cannot revoke alice's token");

        Http.Response revoked = http.send(http.builder("/api/users/me/tokens/" + id, alice.token()).DELETE().build());
        assertEquals(204, revoked.status(), revoked.body());
        assertProblem(http.get("/api/users/me", secret), 401, "invalid-token");
        assertEquals(1, http.get("/api/users/me/tokens", alice.token()).json().get("items").size());
        assertProblem(http.send(http.builder("/api/users/me/tokens/" + id, alice.token()).DELETE().build()), 404,
                "token-not-found");
    }

    @Test
    void aTokenNeedsALabelAndASignedInUser() {
        Account alice = ApiSessions.signUp(http);
        assertProblem(http.postJson("/api/users/me/tokens", alice.token(), Map.of("label", "  ")), 400,
                "invalid-label");
        assertProblem(http.postJson("/api/users/me/tokens", alice.token(), Map.of("label", "x".repeat(101))), 400,
                "invalid-label");
        assertEquals(1, http.get("/api/users/me/tokens", alice.token()).json().get("items").size(),
                "a refused token is not made");
        assertProblem(http.get("/api/users/me/tokens", null), 401, "unauthorized");
        assertProblem(http.postJson("/api/users/me/tokens", null, Map.of("label", "x")), 401, "unauthorized");
    }

    private JsonNode tokenOf(Account user, String id) {
        for (JsonNode t : http.get("/api/users/me/tokens", user.token()).json().get("items")) {
            if (t.get("id").asString().equals(id)) return t;
        }
        throw new AssertionError("no token " + id + " listed for " + user.name());
    }

    private long systemError(long problem, String reason) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        db.sql("INSERT INTO submissions (problem_id, language, source, status, verdict, reason, created_at, judged_at) "
                        + "VALUES (?, 'python', 'print(1)', 'done', 'SE', ?, ?, ?)")
                .params(problem, reason, now, now).update(key, "id");
        return key.getKeyAs(Long.class);
    }
}
