package dev.gavel.server.judge0;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replays the recorded exchanges in {@code judge0/exchanges/*.json} against a real server. Each file is a list of
 * steps: {@code request} (method, path under /judge0, query, body) and the expected {@code response} (status, body).
 *
 * <p>Expected bodies: an object is compared on the keys it lists (with {@code "exact_keys": true} on the response,
 * the actual top-level object must have exactly those keys); an array element-wise, unless its first element is
 * {@code "{contains}"}, when each further element must match some actual element. Placeholder strings:
 * {@code {token}} (a UUID; {@code {token:name}} remembers it as {@code ${name}} for later steps), {@code {time}} (a
 * decimal string of seconds), {@code {int}}, {@code {string}} (non-empty), {@code {timestamp}}, {@code {any}};
 * {@code ${name}} is replaced anywhere in requests and expected values. A step with {@code "poll": true} is repeated
 * until its status is finished (status id above 2).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"gavel.problems=", "gavel.judging.workers=2"})
class Judge0ExchangesTest extends Judge0ServerTest {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern VAR = Pattern.compile("\\$\\{(\\w+)}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @org.springframework.test.context.DynamicPropertySource
    static void home(org.springframework.test.context.DynamicPropertyRegistry r) {
        r.add("gavel.home", HOME::toString);
    }

    @TestFactory
    Stream<DynamicTest> exchanges() throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getResource("/judge0/exchanges").toURI());
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> replay(f)));
    }

    /**
     * Not a recorded exchange: clients that submit at the same moment with {@code wait=true} share a commit on the
     * server, and each must be answered with its own submission's result, not a neighbour's.
     */
    @Test
    void submissionsWaitedForTogetherEachGetTheirOwnResult() throws Exception {
        int clients = 12;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < clients; i++) {
                String body = "{\"language_id\": 46, \"source_code\": \"echo client " + i + "\"}";
                answers.add(threads.submit(() -> {
                    start.await();
                    return send("POST", "/submissions?wait=true&fields=stdout,status_id", body);
                }));
            }
            start.countDown();
            for (int i = 0; i < clients; i++) {
                HttpResponse<String> answer = answers.get(i).get(60, TimeUnit.SECONDS);
                assertEquals(201, answer.statusCode(), answer.body());
                JsonNode result = JSON.readTree(answer.body());
                assertEquals(3, result.path("status_id").asInt(), answer.body());
                assertEquals("client " + i + "\n", result.path("stdout").asString(), "client " + i + "'s answer");
            }
        }
    }

    private void replay(Path file) throws IOException, InterruptedException {
        JsonNode steps;
        try (InputStream in = Files.newInputStream(file)) {
            steps = JSON.readTree(in);
        }
        Map<String, String> vars = new HashMap<>();
        int n = 0;
        for (JsonNode step : steps) {
            n++;
            JsonNode req = step.get("request");
            String query = req.has("query") ? "?" + substitute(req.get("query").asString(), vars) : "";
            String path = substitute(req.get("path").asString(), vars) + query;
            String body = req.has("body") ? substitute(bodyText(req.get("body")), vars) : null;
            String where = file.getFileName() + " step " + n + " (" + req.get("method").asString() + " " + path + ")";
            long deadline = System.nanoTime() + 60_000_000_000L;
            HttpResponse<String> response;
            JsonNode actual;
            while (true) {
                response = send(req.get("method").asString(), path, body);
                actual = response.body().isBlank() ? null : JSON.readTree(response.body());
                if (!step.path("poll").asBoolean(false) || finished(actual) || System.nanoTime() > deadline) break;
                Thread.sleep(100);
            }
            JsonNode expected = step.get("response");
            assertEquals(expected.get("status").asInt(), response.statusCode(), where + ": status; body "
                    + response.body());
            if (expected.has("body")) {
                List<String> problems = new ArrayList<>();
                compare(expected.get("body"), actual, "$", vars, problems);
                if (expected.path("exact_keys").asBoolean(false)) {
                    Set<String> want = new HashSet<>(expected.get("body").propertyNames());
                    Set<String> got = new HashSet<>(actual.propertyNames());
                    if (!want.equals(got)) problems.add("$: keys " + got + ", expected " + want);
                }
                if (!problems.isEmpty()) fail(where + ":\n  " + String.join("\n  ", problems) + "\nbody: "
                        + response.body());
            }
        }
    }

    private static boolean finished(JsonNode body) {
        if (body == null) return false;
        if (body.has("submissions")) {
            for (JsonNode s : body.get("submissions")) if (!finished(s)) return false;
            return true;
        }
        int id = body.has("status") ? body.get("status").path("id").asInt(0) : body.path("status_id").asInt(0);
        return id > 2;
    }

    private static String bodyText(JsonNode body) {
        return body.isString() ? body.asString() : JSON.writeValueAsString(body);
    }

    private static String substitute(String s, Map<String, String> vars) {
        Matcher m = VAR.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = vars.get(m.group(1));
            if (v == null) throw new IllegalStateException("no captured value ${" + m.group(1) + "}");
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void compare(JsonNode want, JsonNode got, String at, Map<String, String> vars,
                                List<String> problems) {
        if (want.isString() && placeholder(want.asString(), got, at, vars, problems)) return;
        if (got == null) {
            problems.add(at + ": missing, expected " + want);
        } else if (want.isObject()) {
            if (!got.isObject()) {
                problems.add(at + ": " + got + ", expected an object");
                return;
            }
            for (String key : want.propertyNames()) {
                if (!got.has(key)) problems.add(at + "." + key + ": missing");
                else compare(want.get(key), got.get(key), at + "." + key, vars, problems);
            }
        } else if (want.isArray()) {
            if (!got.isArray()) {
                problems.add(at + ": " + got + ", expected an array");
            } else if (!want.isEmpty() && "{contains}".equals(want.get(0).asString(""))) {
                for (int i = 1; i < want.size(); i++) {
                    boolean any = false;
                    for (JsonNode g : got) {
                        List<String> p = new ArrayList<>();
                        compare(want.get(i), g, at, new HashMap<>(vars), p);
                        if (p.isEmpty()) any = true;
                    }
                    if (!any) problems.add(at + ": no element matches " + want.get(i));
                }
            } else if (want.size() != got.size()) {
                problems.add(at + ": " + got.size() + " elements, expected " + want.size());
            } else {
                for (int i = 0; i < want.size(); i++) compare(want.get(i), got.get(i), at + "[" + i + "]", vars, problems);
            }
        } else if (want.isString()) {
            String w = substitute(want.asString(), vars);
            if (!got.isString() || !got.asString().equals(w)) problems.add(at + ": " + got + ", expected \"" + w + "\"");
        } else if (want.isNumber() && got.isNumber()) {
            if (want.decimalValue().compareTo(got.decimalValue()) != 0) problems.add(at + ": " + got + ", expected " + want);
        } else if (!want.equals(got)) {
            problems.add(at + ": " + got + ", expected " + want);
        }
    }

    /** Whether want is a placeholder (and if so, checks it). */
    private static boolean placeholder(String want, JsonNode got, String at, Map<String, String> vars,
                                       List<String> problems) {
        if (!want.startsWith("{") || !want.endsWith("}") || want.equals("{contains}")) return false;
        String[] p = want.substring(1, want.length() - 1).split(":", 2);
        String value = got == null || got.isNull() ? null : got.isString() ? got.asString() : got.toString();
        boolean ok = switch (p[0]) {
            case "token" -> value != null && got.isString() && UUID.matcher(value).matches();
            case "time" -> value != null && got.isString() && value.matches("\\d+\\.\\d{1,3}");
            case "int" -> got != null && got.isIntegralNumber();
            case "string" -> value != null && got.isString() && !value.isEmpty();
            case "timestamp" -> value != null && value.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
            case "any" -> got != null;
            default -> {
                problems.add(at + ": unknown placeholder " + want);
                yield true;
            }
        };
        if (!ok) problems.add(at + ": " + got + ", expected " + want);
        else if (p.length == 2) vars.put(p[1], value);
        return true;
    }
}
