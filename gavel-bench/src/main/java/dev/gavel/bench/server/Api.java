package dev.gavel.bench.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

/** The few calls of the practice API the benchmarks make outside their timed loops, over the JDK HttpClient. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    private final ServerProcess server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    Api(ServerProcess server) {
        this.server = server;
    }

    /** Signs a new user up; returns its bearer token. */
    String signUp(String username) throws IOException, InterruptedException {
        JsonNode session = send(post("/api/auth/signup", null,
                Map.of("username", username, "password", "bench-" + username + "-password")), 201);
        return session.get("token").asText();
    }

    /** Submits; returns the submission's id. */
    long submit(String token, String slug, String language, String source) throws IOException, InterruptedException {
        return send(post("/api/problems/" + slug + "/submissions", token, Map.of("language", language, "source", source)),
                202).get("id").asLong();
    }

    JsonNode submission(String token, long id) throws IOException, InterruptedException {
        return send(get("/api/submissions/" + id, token), 200);
    }

    /** One page (at most 100) of the user's submissions, newest first. */
    JsonNode mine(String token, int page, int limit) throws IOException, InterruptedException {
        return send(get("/api/users/me/submissions?page=" + page + "&limit=" + limit, token), 200);
    }

    /** Follows the submission's event stream until its verdict; returns the last view (status done). */
    JsonNode awaitVerdict(String token, long id) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.uri("/api/submissions/" + id + "/events"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream")
                .timeout(Duration.ofMinutes(5)).build();
        HttpResponse<Stream<String>> response = client.send(request, HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) throw new IOException("events of " + id + ": HTTP " + response.statusCode());
        try (Stream<String> lines = response.body()) {
            String event = "";
            StringBuilder data = new StringBuilder();
            for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
                String line = it.next();
                if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5));
                } else if (line.isEmpty() && !data.isEmpty()) {
                    JsonNode view = JSON.readTree(data.toString());
                    data.setLength(0);
                    if ("verdict".equals(event) || "done".equals(view.path("status").asText())) return view;
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        throw new IOException("the event stream of " + id + " ended without a verdict");
    }

    private HttpRequest post(String path, String token, Object body) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return b.build();
    }

    private HttpRequest get(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return b.build();
    }

    private JsonNode send(HttpRequest request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IOException(request.method() + " " + request.uri().getPath() + ": HTTP " + r.statusCode()
                    + " (expected " + expected + "): " + r.body());
        }
        return JSON.readTree(r.body());
    }
}
