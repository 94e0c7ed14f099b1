package dev.gavel.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.server.testkit.ApiSessions;
import dev.gavel.server.testkit.Http;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;

/**
 * The practice API end to end on a real server (real sandbox, real database): what a practice site's front end
 * and its users see. Subclasses choose the database.
 */
@Tag("sandbox")
abstract class PracticeApiContract {

    static final String ADMIN_PASSWORD = "admin-password-1";
    static final int SUBMISSIONS_PER_MINUTE = 8;
    static final String PY_SUM = "a, b = map(int, input().split())\nprint(a + b)\n";
    static final String PY_WRONG = "a, b = map(int, input().split())\nprint(a + b + 1)\n";

    @LocalServerPort
    int port;
    Http http;

    static void serverProperties(DynamicPropertyRegistry registry, String dbUrl) throws IOException {
        Path home = Files.createTempDirectory("gavel-api-test-");
        registry.add("gavel.home", home::toString);
        registry.add("gavel.db.url", () -> dbUrl);
        registry.add("gavel.problems", () -> repo("problems/hello") + "," + repo("problems/aplusb"));
        registry.add("gavel.judging.workers", () -> "2");
        registry.add("gavel.admin.password", () -> ADMIN_PASSWORD);
        registry.add("gavel.rate.submissions-per-minute", () -> String.valueOf(SUBMISSIONS_PER_MINUTE));
        registry.add("gavel.limits.request", () -> "256KB");
    }

    static String repo(String path) {
        return ApiSessions.repo(path);
    }

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    String newUser() {
        return ApiSessions.signUp(http).token();
    }

    String adminToken() {
        return ApiSessions.login(http, "admin", ADMIN_PASSWORD);
    }

    long submit(String token, String problem, String language, String source) {
        Http.Response r = http.postJson("/api/problems/" + problem + "/submissions", token,
                Map.of("language", language, "source", source));
        assertEquals(202, r.status(), r.body());
        long id = r.json().get("id").asLong();
        assertEquals("/api/submissions/" + id, r.header("Location"));
        return id;
    }

    JsonNode awaitVerdict(String token, long id) {
        return ApiSessions.awaitVerdict(http, token, id);
    }

    static void assertProblem(Http.Response r, int status, String code) {
        ApiSessions.assertProblem(r, status, code);
    }

    @Test
    void problemsArePagedAndAPageHasWhatAnEditorNeeds() {
        Http.Response first = http.get("/api/problems?page=1&limit=1", null);
        assertEquals(200, first.status());
        // other tests of this class import problems too: the total is whatever the full list holds
        int all = http.get("/api/problems?page=1&limit=100", null).json().get("items").size();
        assertTrue(all >= 2, "hello and aplusb at least");
        assertEquals(all, first.json().get("total").asInt());
        assertEquals(1, first.json().get("items").size());
        Http.Response second = http.get("/api/problems?page=2&limit=1", null);
        assertTrue(!first.json().get("items").get(0).get("slug").equals(second.json().get("items").get(0).get("slug")));
        assertProblem(http.get("/api/problems?page=0", null), 400, "bad-page");
        assertProblem(http.get("/api/problems?limit=1000", null), 400, "bad-limit");

        JsonNode page = http.get("/api/problems/aplusb", null).json();
        assertEquals("A Plus B", page.get("name").asString());
        assertEquals("markdown", page.get("statementFormat").asString());
        assertFalse(page.get("statement").asString().isBlank());
        assertEquals(2, page.get("samples").size());
        assertEquals("sample/01", page.get("samples").get(0).get("name").asString());
        assertEquals(256, page.get("memoryLimitMib").asInt());
        assertTrue(page.get("timeLimitMs").asLong() > 0);
        List<String> languages = new ArrayList<>();
        page.get("languages").forEach(l -> languages.add(l.get("id").asString()));
        assertTrue(languages.containsAll(List.of("c", "cpp17", "java", "python3")), languages.toString());
        assertTrue(page.get("stubs").get("java").asString().contains("public static void main"));
        assertProblem(http.get("/api/problems/nope", null), 404, "unknown-problem");
    }

    @Test
    void anAcceptedAndAWrongSubmissionGetTheirVerdictsWithHiddenTestsKeptHidden() {
        String token = newUser();
        long ok = submit(token, "aplusb", "python3", PY_SUM);
        long wrong = submit(token, "aplusb", "python3", PY_WRONG);
        JsonNode accepted = awaitVerdict(token, ok);
        assertEquals("AC", accepted.get("verdict").asString());
        assertEquals("Accepted", accepted.get("verdictTitle").asString());
        assertEquals(14, accepted.get("results").size());
        JsonNode hidden = accepted.get("results").get(5);
        assertFalse(hidden.get("sample").asBoolean());
        assertTrue(hidden.get("name").isNull() && hidden.get("message").isNull(), hidden.toString());
        assertTrue(hidden.get("memoryKib").asLong() > 0);

        JsonNode rejected = awaitVerdict(token, wrong);
        assertEquals("WA", rejected.get("verdict").asString());
        JsonNode firstFailed = rejected.get("results").get(0);
        assertTrue(firstFailed.get("sample").asBoolean());
        assertTrue(firstFailed.get("message").asString().contains("expected"), firstFailed.toString());
        assertEquals("4\n", firstFailed.get("output").asString(), "a wrong sample shows what the program wrote (1 + 2 + 1)");
        assertTrue(hidden.get("output").isNull(), "a hidden test never shows the program's output");
        assertTrue(rejected.get("reason").asString().startsWith("Wrong Answer on test sample/01"));
    }

    @Test
    void aCompileErrorShowsTheCompilersWords() {
        String token = newUser();
        JsonNode v = awaitVerdict(token, submit(token, "hello", "c", "int main(void) { return x; }\n"));
        assertEquals("CE", v.get("verdict").asString());
        assertTrue(v.get("compileOutput").asString().contains("x"), v.toString());
    }

    @Test
    void badSubmissionsAreRefusedAndStoreNothing() {
        String token = newUser();
        assertProblem(http.postJson("/api/problems/aplusb/submissions", null,
                Map.of("language", "python3", "source", PY_SUM)), 401, "unauthorized");
        assertProblem(http.postJson("/api/problems/nope/submissions", token,
                Map.of("language", "python3", "source", PY_SUM)), 404, "unknown-problem");
        assertProblem(http.postJson("/api/problems/aplusb/submissions", token,
                Map.of("language", "klingon", "source", PY_SUM)), 400, "unknown-language");
        assertProblem(http.postJson("/api/problems/aplusb/submissions", token,
                Map.of("language", "python3", "source", "")), 400, "empty-source");
        assertProblem(http.postJson("/api/problems/aplusb/submissions", token,
                Map.of("language", "python3", "source", "#".repeat(65 * 1024))), 413, "source-too-large");
        assertProblem(http.postJson("/api/problems/aplusb/submissions", token,
                Map.of("language", "python3", "source", "#".repeat(300 * 1024))), 413, "request-too-large");
        // the same body without a length (chunked): refused while it is read, still with 413
        byte[] tooLarge = Http.JSON.writeValueAsBytes(Map.of("language", "python3", "source", "#".repeat(300 * 1024)));
        assertProblem(http.send(http.builder("/api/problems/aplusb/submissions", token)
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers
                        .ofInputStream(() -> new java.io.ByteArrayInputStream(tooLarge))).build()),
                413, "request-too-large");
        assertProblem(http.postJson("/api/problems/aplusb/submissions", token, "{\"language\": "), 400, "bad-json");
        assertProblem(http.get("/api/users/me", "gvl_not-a-token"), 401, "invalid-token");
        assertEquals(0, http.get("/api/users/me/submissions", token).json().size());
    }

    @Test
    void submissionsOverTheRateLimitGet429WithRetryAfter() {
        String token = newUser();
        for (int i = 0; i < SUBMISSIONS_PER_MINUTE; i++) submit(token, "hello", "python3", "print('Hello, World!')\n");
        Http.Response r = http.postJson("/api/problems/hello/submissions", token,
                Map.of("language", "python3", "source", "print(1)\n"));
        assertProblem(r, 429, "rate-limited");
        assertTrue(Long.parseLong(r.header("Retry-After")) >= 1);
        assertEquals(SUBMISSIONS_PER_MINUTE, http.get("/api/users/me/submissions?limit=100", token).json().size());
    }

    @Test
    void onlyTheSubmitterAndAdminsSeeASubmission() {
        String alice = newUser();
        String bob = newUser();
        long id = submit(alice, "hello", "python3", "print('Hello, World!')\n");
        assertProblem(http.get("/api/submissions/" + id, bob), 404, "unknown-submission");
        assertEquals(200, http.get("/api/submissions/" + id, adminToken()).status());
        assertEquals("AC", awaitVerdict(alice, id).get("verdict").asString());
        JsonNode history = http.get("/api/users/me/submissions", alice).json();
        assertEquals(1, history.size());
        assertEquals(id, history.get(0).get("id").asLong());
        assertEquals(0, http.get("/api/users/me/submissions", bob).json().size());
    }

    @Test
    void theEventStreamCarriesProgressThenTheVerdict() throws Exception {
        String token = newUser();
        long id = submit(token, "aplusb", "python3", PY_SUM);
        HttpResponse<Stream<String>> r = http.client().send(http.builder("/api/submissions/" + id + "/events", token)
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, r.statusCode());
        List<String> events = r.body().filter(l -> l.startsWith("event:")).toList();
        assertFalse(events.isEmpty());
        assertEquals("event:verdict", events.getLast());
        assertTrue(events.size() == 1 || events.getFirst().equals("event:progress"), events.toString());
    }

    @Test
    void theWebSocketPushesTheUsersOwnSubmissions() throws Exception {
        String token = newUser();
        LinkedBlockingQueue<String> messages = new LinkedBlockingQueue<>();
        WebSocket ws = http.client().newWebSocketBuilder().buildAsync(
                URI.create("ws://localhost:" + port + "/api/ws?access_token=" + token), new WebSocket.Listener() {
                    final StringBuilder part = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        part.append(data);
                        if (last) {
                            messages.add(part.toString());
                            part.setLength(0);
                        }
                        webSocket.request(1);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        long id = submit(token, "hello", "python3", "print('Hello, World!')\n");
        String verdict = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (verdict == null && System.nanoTime() < deadline) {
            String m = messages.poll(1, TimeUnit.SECONDS);
            if (m == null) continue;
            JsonNode event = Http.JSON.readTree(m);
            assertEquals(id, event.get("submission").get("id").asLong(), "only this user's submission");
            if (event.get("event").asString().equals("verdict")) verdict = event.get("submission").get("verdict").asString();
        }
        assertEquals("AC", verdict);
        ws.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
        CompletableFuture<WebSocket> anonymous = http.client().newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:" + port + "/api/ws"), new WebSocket.Listener() { });
        assertTrue(anonymous.handle((w, e) -> e != null).get(10, TimeUnit.SECONDS), "no socket without a token");
    }

    @Test
    void anAdminImportsAPackageAndABadOneImportsNothing() throws IOException {
        String admin = adminToken();
        byte[] good = zip(Path.of(repo("problems/hello")));
        assertProblem(http.post("/api/admin/problems?slug=hello2", newUser(), "application/zip", good), 403,
                "forbidden");
        Http.Response imported = http.post("/api/admin/problems?slug=hello2", admin, "application/zip", good);
        assertEquals(201, imported.status(), imported.body());
        assertEquals("/api/problems/hello2", imported.header("Location"));
        assertEquals(200, http.get("/api/problems/hello2", null).status());

        byte[] bad = zipOf(Map.of("broken/problem.yaml", "name: Broken\nlimits: {memory: lots}\n"));
        Http.Response refused = http.post("/api/admin/problems?slug=broken", admin, "application/zip", bad);
        assertProblem(refused, 422, "bad-package");
        assertTrue(refused.json().get("errors").size() >= 1, refused.body());
        assertEquals(404, http.get("/api/problems/broken", null).status());
        assertProblem(http.post("/api/admin/problems?slug=junk", admin, "application/zip",
                "not a zip".getBytes(StandardCharsets.UTF_8)), 422, "bad-package");

        // a package whose statement is only a PDF: the page says so and the PDF is served as it is
        Path pdfOnly = Files.createTempDirectory("gavel-pdf-").resolve("hello");
        try (Stream<Path> files = Files.walk(Path.of(repo("problems/hello")))) {
            for (Path f : files.toList()) {
                Path to = pdfOnly.resolve(Path.of(repo("problems/hello")).relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(to);
                else if (!f.getFileName().toString().endsWith(".md")) Files.copy(f, to);
            }
        }
        byte[] pdf = "%PDF-1.4\n% a statement\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        Files.write(pdfOnly.resolve("problem_statement/problem.en.pdf"), pdf);
        assertEquals(201, http.post("/api/admin/problems?slug=hello-pdf", admin, "application/zip", zip(pdfOnly))
                .status());
        assertEquals("pdf", http.get("/api/problems/hello-pdf", null).json().get("statementFormat").asString());
        Http.Response served = http.send(http.builder("/api/problems/hello-pdf/statement.pdf", null).GET().build());
        assertEquals(200, served.status());
        assertTrue(served.header("Content-Type").startsWith("application/pdf"), served.header("Content-Type"));
        assertEquals(new String(pdf, StandardCharsets.US_ASCII), served.body());
        assertProblem(http.get("/api/problems/hello/statement.pdf", null), 404, "no-pdf-statement");
    }

    @Test
    void aRejudgeJudgesTheProblemsSubmissionsAgain() {
        String token = newUser();
        long id = submit(token, "hello", "python3", "print('Hello, World!')\n");
        String firstJudged = awaitVerdict(token, id).get("judgedAt").asString();
        Http.Response r = http.postJson("/api/admin/problems/hello/rejudge", adminToken(), "{}");
        assertEquals(202, r.status(), r.body());
        assertTrue(r.json().get("queued").asInt() >= 1);
        JsonNode again = awaitVerdict(token, id);
        assertEquals("AC", again.get("verdict").asString());
        assertNotNull(again.get("judgedAt"));
        assertTrue(again.get("judgedAt").asString().compareTo(firstJudged) > 0, firstJudged + " -> " + again);
        assertProblem(http.postJson("/api/admin/problems/hello/rejudge", token, "{}"), 403, "forbidden");
    }

    @Test
    void accountsAndTokens() {
        Http.Response dup = http.postJson("/api/auth/signup", null, Map.of("username", "admin", "password", "whatever-1"));
        assertProblem(dup, 409, "username-taken");
        assertProblem(http.postJson("/api/auth/signup", null, Map.of("username", "x", "password", "whatever-1")), 400,
                "invalid-username");
        assertProblem(http.postJson("/api/auth/login", null, Map.of("username", "admin", "password", "wrong")), 401,
                "unauthorized");
        JsonNode me = http.get("/api/users/me", adminToken()).json();
        assertEquals("admin", me.get("role").asString());
        assertProblem(http.get("/api/users/me", null), 401, "unauthorized");
        String token = newUser();
        assertEquals(200, http.get("/api/users/me", token).status());
        assertEquals(204, http.postJson("/api/auth/logout", token, "{}").status());
        assertProblem(http.get("/api/users/me", token), 401, "invalid-token");
    }

    @Test
    void metricsHealthAndTheOpenApiDocumentAreServed() {
        Http.Response health = http.get("/actuator/health", null);
        assertEquals(200, health.status(), health.body());
        assertEquals("UP", health.json().get("status").asString());
        String metrics = http.get("/actuator/prometheus", null).body();
        for (String name : List.of("gavel_queue_depth{lane=\"contest\"}", "gavel_workers_busy", "gavel_queue_wait_seconds",
                "gavel_judge_time_seconds", "gavel_judge_system_errors_total", "gavel_verdict_latency_seconds")) {
            assertTrue(metrics.contains(name), name + " missing from /actuator/prometheus");
        }
        Http.Response api = http.get("/v3/api-docs", null);
        assertEquals(200, api.status());
        assertTrue(api.json().get("paths").has("/api/problems/{slug}/submissions"), api.body());
    }

    @Test
    void problemsAreSearchedByNameFilteredAndMarkedSolvedForTheSignedInUser() {
        JsonNode plus = http.get("/api/problems?q=PLUS", null).json();
        assertEquals(1, plus.get("total").asInt());
        assertEquals("aplusb", plus.get("items").get(0).get("slug").asString());
        assertTrue(plus.get("items").get(0).get("solved").isNull(), "nobody signed in: no solved mark");
        assertEquals(0, http.get("/api/problems?q=no+such+problem", null).json().get("total").asInt());
        assertEquals(0, http.get("/api/problems?q=%25", null).json().get("total").asInt(), "% is a character");
        assertEquals(0, http.get("/api/problems?tag=no-such-tag", null).json().get("items").size());
        assertTrue(http.get("/api/problems", null).json().get("tags").isArray());
        assertProblem(http.get("/api/problems?q=" + "x".repeat(101), null), 400, "bad-filter");

        String token = newUser();
        assertEquals("AC", awaitVerdict(token, submit(token, "hello", "python3", "print('Hello, World!')\n"))
                .get("verdict").asString());
        awaitVerdict(token, submit(token, "aplusb", "python3", PY_WRONG));
        JsonNode list = http.get("/api/problems?limit=100", token).json();
        Map<String, Boolean> solved = new java.util.HashMap<>();
        list.get("items").forEach(p -> solved.put(p.get("slug").asString(), p.get("solved").asBoolean()));
        assertEquals(true, solved.get("hello"));
        assertEquals(false, solved.get("aplusb"), "a wrong answer does not solve it");
        assertEquals(false, http.get("/api/problems?q=hello", newUser()).json().get("items").get(0).get("solved")
                .asBoolean(), "someone else's solution does not count");
    }

    @Test
    void theHistoryIsFilteredByProblemVerdictAndLanguage() {
        String token = newUser();
        long helloOk = submit(token, "hello", "python3", "print('Hello, World!')\n");
        long helloWrong = submit(token, "hello", "python3", "print('hello')\n");
        long sum = submit(token, "aplusb", "python3", PY_SUM);
        for (long id : List.of(helloOk, helloWrong, sum)) awaitVerdict(token, id);

        assertEquals(List.of(helloWrong, helloOk), ids(http.get("/api/users/me/submissions?problem=hello", token)));
        assertEquals(List.of(helloWrong), ids(http.get("/api/users/me/submissions?verdict=WA", token)));
        assertEquals(List.of(sum), ids(http.get("/api/users/me/submissions?problem=aplusb&verdict=AC", token)));
        assertEquals(List.of(sum, helloWrong, helloOk),
                ids(http.get("/api/users/me/submissions?language=python3", token)));
        assertEquals(List.of(), ids(http.get("/api/users/me/submissions?language=c", token)));
        assertEquals(List.of(helloOk), ids(http.get("/api/users/me/submissions?verdict=AC&limit=1&page=2", token)));

        assertProblem(http.get("/api/users/me/submissions?verdict=NOPE", token), 400, "unknown-verdict");
        assertProblem(http.get("/api/users/me/submissions?language=klingon", token), 400, "unknown-language");
        assertProblem(http.get("/api/users/me/submissions?problem=nope", token), 400, "unknown-problem");
        assertProblem(http.get("/api/users/me/submissions?verdict=AC", null), 401, "unauthorized");
    }

    private static List<Long> ids(Http.Response r) {
        assertEquals(200, r.status(), r.body());
        List<Long> ids = new ArrayList<>();
        r.json().forEach(s -> ids.add(s.get("id").asLong()));
        return ids;
    }

    @Test
    void theSourceIsShownToItsSubmitterAndAdminsOnly() {
        String alice = newUser();
        String source = "print('Hello, World!')  # é\n";
        long id = submit(alice, "hello", "python3", source);
        Http.Response mine = http.get("/api/submissions/" + id + "/source", alice);
        assertEquals(200, mine.status(), mine.body());
        assertTrue(mine.header("Content-Type").startsWith("text/plain"), mine.header("Content-Type"));
        assertEquals(source, mine.body());
        assertEquals(source, http.get("/api/submissions/" + id + "/source", adminToken()).body());
        assertProblem(http.get("/api/submissions/" + id + "/source", newUser()), 404, "unknown-submission");
        assertProblem(http.get("/api/submissions/" + id + "/source", null), 401, "unauthorized");
        assertProblem(http.get("/api/submissions/999999/source", alice), 404, "unknown-submission");
        awaitVerdict(alice, id);
    }

    @Test
    void submissionsSentTogetherAreStoredEachUnderItsOwnId() throws Exception {
        int users = 16;
        List<String> tokens = new ArrayList<>();
        for (int u = 0; u < users; u++) tokens.add(newUser());
        List<Long> ids;
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Long>> sent = new ArrayList<>();
            CountDownLatch go = new CountDownLatch(1);
            for (int u = 0; u < users; u++) {
                int n = u;
                sent.add(threads.submit(() -> {
                    go.await();
                    Http own = new Http(port);
                    Http.Response r = own.postJson("/api/problems/hello/submissions", tokens.get(n),
                            Map.of("language", "python3", "source", "print('Hello, World!')  # " + n + "\n"));
                    assertEquals(202, r.status(), r.body());
                    return r.json().get("id").asLong();
                }));
            }
            go.countDown();
            ids = new ArrayList<>();
            for (Future<Long> f : sent) ids.add(f.get());
        }
        assertEquals(users, new HashSet<>(ids).size(), "ids " + ids);
        for (int u = 0; u < users; u++) {
            Http.Response source = http.get("/api/submissions/" + ids.get(u) + "/source", tokens.get(u));
            assertEquals(200, source.status(), source.body());
            assertEquals("print('Hello, World!')  # " + u + "\n", source.body());
        }
        for (int u = 0; u < users; u++) {
            assertEquals("AC", awaitVerdict(tokens.get(u), ids.get(u)).get("verdict").asText());
        }
    }

    static byte[] zip(Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                zip.putNextEntry(new ZipEntry(dir.getFileName() + "/" + dir.relativize(f)));
                try (InputStream in = Files.newInputStream(f)) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static byte[] zipOf(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static void sleep(long ms) {
        ApiSessions.sleep(ms);
    }
}
