package dev.gavel.server.judge0;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.gavel.server.testkit.ApiSessions;
import dev.gavel.server.testkit.Http;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** X-Auth-Token when a token is configured, and callback delivery (with a retry) to a local HTTP server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"gavel.problems=", "gavel.judging.workers=1", "gavel.judge0.auth-token=s3cret",
                "gavel.judge0.submission-delete=true", "gavel.judge0.authz-token=adm1n"})
class Judge0AuthAndCallbackTest extends Judge0ServerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final BlockingQueue<String> RECEIVED = new LinkedBlockingQueue<>();
    private static final AtomicInteger CALLS = new AtomicInteger();
    private static HttpServer callbacks;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry r) {
        r.add("gavel.home", () -> HOME.resolve("auth").toString());
    }

    @BeforeAll
    static void startCallbackServer() throws IOException {
        callbacks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        callbacks.createContext("/done", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            // the first delivery fails, so the retry is exercised
            boolean fail = CALLS.incrementAndGet() == 1;
            if (!fail) RECEIVED.add(exchange.getRequestMethod() + " " + body);
            exchange.sendResponseHeaders(fail ? 500 : 200, -1);
            exchange.close();
        });
        callbacks.start();
    }

    @AfterAll
    static void stopCallbackServer() {
        callbacks.stop(0);
    }

    @Test
    void requestsWithoutTheTokenAreRefused() {
        HttpResponse<String> none = send("GET", "/statuses", null);
        assertEquals(401, none.statusCode());
        assertEquals("", none.body());
        assertEquals(401, send("GET", "/statuses", null, "X-Auth-Token", "wrong").statusCode());
        assertEquals(401, send("POST", "/authenticate", null, "X-Auth-Token", "wrong").statusCode());
        assertEquals(200, send("POST", "/authenticate", null, "X-Auth-Token", "s3cret").statusCode());
        assertEquals(200, send("GET", "/statuses", null, "X-Auth-Token", "s3cret").statusCode());
        assertEquals(200, send("GET", "/statuses?X-Auth-Token=s3cret", null).statusCode());
        HttpResponse<String> create = send("POST", "/submissions", "{\"language_id\": 71, \"source_code\": \"print(1)\"}");
        assertEquals(401, create.statusCode(), "nothing is stored without the token");
    }

    @Test
    void aSignedInGavelUserIsLetThroughWithoutTheJudge0Token() {
        String gavelToken = ApiSessions.signUp(new Http(port)).token();
        assertEquals(200, send("GET", "/statuses", null, "Authorization", "Bearer " + gavelToken).statusCode(),
                "the web UI's Run on samples uses the user's own token");
        assertEquals(401, send("GET", "/statuses", null, "Authorization", "Bearer gvl_revoked-or-made-up")
                .statusCode());
    }

    @Test
    void theFinishedSubmissionIsPutToTheCallbackUrl() throws Exception {
        String url = "http://127.0.0.1:" + callbacks.getAddress().getPort() + "/done";
        HttpResponse<String> created = send("POST", "/submissions?base64_encoded=true",
                "{\"language_id\": 71, \"source_code\": \"cHJpbnQoJ2hpJyk=\", \"callback_url\": \"" + url + "\"}",
                "X-Auth-Token", "s3cret");
        assertEquals(201, created.statusCode(), created.body());
        String token = JSON.readTree(created.body()).get("token").asString();

        String received = RECEIVED.poll(60, TimeUnit.SECONDS);
        assertNotNull(received, "no callback arrived");
        assertTrue(received.startsWith("PUT "), received);
        JsonNode body = JSON.readTree(received.substring(4));
        assertEquals(token, body.get("token").asString());
        assertEquals(3, body.get("status").get("id").asInt());
        assertEquals("aGkK\n", body.get("stdout").asString(), "base64, as the submission was made");
        assertTrue(CALLS.get() >= 2, "the failed first delivery was retried");

        HttpResponse<String> list = send("GET", "/submissions?per_page=1&fields=token,status_id", null,
                "X-Auth-Token", "s3cret", "X-Auth-User", "adm1n");
        assertEquals(200, list.statusCode(), list.body());
        JsonNode page = JSON.readTree(list.body());
        assertEquals(token, page.get("submissions").get(0).get("token").asString(), "newest first");
        assertEquals(1, page.get("meta").get("current_page").asInt());
        assertTrue(page.get("meta").get("prev_page").isNull());
        assertEquals(400, send("GET", "/submissions?page=-4", null, "X-Auth-Token", "s3cret", "X-Auth-User",
                "adm1n").statusCode());

        assertEquals(403, send("DELETE", "/submissions/" + token, null, "X-Auth-Token", "s3cret").statusCode(),
                "deleting needs authorization");
        assertEquals(403, send("DELETE", "/submissions/" + token, null, "X-Auth-Token", "s3cret", "X-Auth-User",
                "wrong").statusCode());
        HttpResponse<String> deleted = send("DELETE", "/submissions/" + token, null, "X-Auth-Token", "s3cret",
                "X-Auth-User", "adm1n");
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertEquals("aGkK\n", JSON.readTree(deleted.body()).get("stdout").asString());
        assertEquals(404, send("GET", "/submissions/" + token, null, "X-Auth-Token", "s3cret").statusCode());
    }
}
