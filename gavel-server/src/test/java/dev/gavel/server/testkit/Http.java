package dev.gavel.server.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for API tests against the real server port. */
public final class Http {

    public static final ObjectMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public Http(int port) {
        this.base = "http://localhost:" + port;
    }

    public String base() {
        return base;
    }

    public record Response(int status, HttpResponse<String> raw) {

        public JsonNode json() {
            return JSON.readTree(raw.body());
        }

        public String body() {
            return raw.body();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public Response get(String path, String token) {
        return send(builder(path, token).GET().build());
    }

    public Response post(String path, String token, String contentType, byte[] body) {
        return send(builder(path, token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public Response postJson(String path, String token, Object body) {
        String text = body instanceof String s ? s : JSON.writeValueAsString(body);
        return post(path, token, "application/json", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public HttpRequest.Builder builder(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return b;
    }

    public HttpClient client() {
        return client;
    }

    public Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
