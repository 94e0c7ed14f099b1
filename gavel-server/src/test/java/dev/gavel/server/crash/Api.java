package dev.gavel.server.crash;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The few calls of Gavel's practice API the crash tests make. */
final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI base;
    private String token;

    Api(URI base) {
        this.base = base;
    }

    void signUp(String username) throws IOException, InterruptedException {
        JsonNode body = post("/api/auth/signup", Map.of("username", username, "password", "crash-test-password"), 201);
        token = body.get("token").asString();
    }

    /** Submits a source to the problem; returns the id of the accepted (202) submission. */
    long submit(String slug, String language, String source) throws IOException, InterruptedException {
        return post("/api/problems/" + slug + "/submissions", Map.of("language", language, "source", source), 202)
                .get("id").asLong();
    }

    /** Status of each of the signed-in user's latest submissions (up to 100), by id. */
    Map<Long, String> statuses() throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request("/api/users/me/submissions?limit=100").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IOException("GET submissions: " + r.statusCode() + " " + r.body());
        Map<Long, String> statuses = new HashMap<>();
        for (JsonNode s : JSON.readTree(r.body())) statuses.put(s.get("id").asLong(), s.get("status").asString());
        return statuses;
    }

    private JsonNode post(String path, Object body, int expected) throws IOException, InterruptedException {
        HttpRequest req = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) throw new IOException("POST " + path + ": " + r.statusCode() + " " + r.body());
        return JSON.readTree(r.body());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return b;
    }
}
