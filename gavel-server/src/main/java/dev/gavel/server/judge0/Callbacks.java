package dev.gavel.server.judge0;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Delivers finished submissions to their {@code callback_url} with a {@code PUT}, as Judge0 does: on a virtual
 * thread, a few attempts with a growing pause between them; a failure is only logged.
 */
@Component
class Callbacks {

    static final int ATTEMPTS = 3;
    static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final Logger log = LoggerFactory.getLogger(Callbacks.class);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    void send(String url, String token, String json) {
        Thread.ofVirtual().name("judge0-callback-" + token).start(() -> deliver(url, token, json));
    }

    private void deliver(String url, String token, String json) {
        Duration pause = FIRST_PAUSE;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            String failure;
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json)).build();
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status < 300) return;
                failure = "HTTP " + status;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                failure = e.toString();
            }
            log.warn("callback of submission {} to {} failed (attempt {} of {}): {}", token, url, attempt, ATTEMPTS,
                    failure);
            if (attempt == ATTEMPTS) return;
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                return;
            }
            pause = pause.multipliedBy(2);
        }
    }
}
