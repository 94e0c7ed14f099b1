package dev.gavel.server.judge0;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A process that judges nothing (an API-only node): submissions wait In Queue, {@code wait=true} gives up after
 * the submission's wall time limit plus the margin, and a full queue refuses new submissions with 503.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"gavel.problems=", "gavel.judging.enabled=false", "gavel.judge0.max-queue-size=2",
                "gavel.judge0.wait-margin=200ms"})
class Judge0QueueTest extends Judge0ServerTest {

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry r) {
        r.add("gavel.home", () -> HOME.resolve("queue").toString());
    }

    @Test
    void waitIsBoundedAndAFullQueueIsRefused() {
        String source = "{\"language_id\": 71, \"source_code\": \"print(1)\", \"wall_time_limit\": 0.3}";
        long start = System.nanoTime();
        HttpResponse<String> waited = send("POST", "/submissions?wait=true&fields=status", source);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(201, waited.statusCode(), waited.body());
        assertEquals("{\"status\":{\"id\":1,\"description\":\"In Queue\"}}", waited.body());
        assertTrue(ms >= 450 && ms < 5000, "waited " + ms + " ms");

        assertEquals(201, send("POST", "/submissions", source).statusCode());
        HttpResponse<String> full = send("POST", "/submissions", source);
        assertEquals(503, full.statusCode());
        assertEquals("{\"error\":\"queue is full\"}", full.body());
        HttpResponse<String> batch = send("POST", "/submissions/batch", "{\"submissions\": [" + source + "]}");
        assertEquals(503, batch.statusCode());
    }
}
