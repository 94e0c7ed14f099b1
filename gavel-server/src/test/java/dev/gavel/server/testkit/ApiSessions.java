package dev.gavel.server.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** What the API tests do again and again on a real server: accounts, waiting for verdicts, checking refusals. */
public final class ApiSessions {

    private ApiSessions() {
    }

    /** A signed-up user: name, bearer token and id. */
    public record Account(String name, String token, long id) {
    }

    /** Signs up a new user with a random name. */
    public static Account signUp(Http http) {
        String name = "u" + UUID.randomUUID().toString().substring(0, 8);
        Http.Response r = http.postJson("/api/auth/signup", null, Map.of("username", name, "password", "secret-pw-1"));
        assertEquals(201, r.status(), r.body());
        String token = r.json().get("token").asString();
        return new Account(name, token, http.get("/api/users/me", token).json().get("id").asLong());
    }

    /** Logs in; returns the bearer token. */
    public static String login(Http http, String username, String password) {
        Http.Response r = http.postJson("/api/auth/login", null, Map.of("username", username, "password", password));
        assertEquals(200, r.status(), r.body());
        return r.json().get("token").asString();
    }

    /** Polls a submission until it is done (90 s at most); returns it. */
    public static JsonNode awaitVerdict(Http http, String token, long id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            Http.Response r = http.get("/api/submissions/" + id, token);
            assertEquals(200, r.status(), r.body());
            if (r.json().get("status").asString().equals("done")) return r.json();
            sleep(100);
        }
        throw new AssertionError("submission " + id + " got no verdict in 90 s");
    }

    /** A refusal as RFC 9457 problem details: the status, a type ending in the code, a detail to act on. */
    public static JsonNode assertProblem(Http.Response r, int status, String code) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.header("Content-Type").startsWith("application/problem+json"), r.header("Content-Type"));
        JsonNode body = r.json();
        assertEquals(status, body.get("status").asInt());
        assertTrue(body.get("type").asString().endsWith("/" + code), body.toString());
        assertFalse(body.get("detail").asString().isBlank());
        return body;
    }

    /** A path of this repository (problems/hello …) from the module's directory, where tests run. */
    public static String repo(String path) {
        return Path.of("..").resolve(path).toAbsolutePath().normalize().toString();
    }

    public static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
