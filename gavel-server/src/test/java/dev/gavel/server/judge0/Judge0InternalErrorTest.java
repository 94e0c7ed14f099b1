package dev.gavel.server.judge0;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.gavel.judge.execution.ExecutionResult;
import dev.gavel.judge.execution.ExecutionStatus;
import dev.gavel.judge.execution.Executor;
import dev.gavel.sandbox.ByteSize;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A judge-side failure is retried by the workers and then shown as 13 Internal Error with its reason. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"gavel.problems=", "gavel.judging.workers=1", "gavel.judging.system-error-retries=2"})
class Judge0InternalErrorTest extends Judge0ServerTest {

    @MockitoBean
    Executor executor;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry r) {
        r.add("gavel.home", () -> HOME.resolve("internal").toString());
    }

    @Test
    void aFailingJudgeEndsAsInternalErrorAfterTheRetries() {
        when(executor.execute(any())).thenReturn(new ExecutionResult(
                new ExecutionStatus.InternalError("sandbox: no cgroup"), "", null, null, Duration.ZERO, Duration.ZERO,
                ByteSize.ZERO, null, null, "Internal error: sandbox: no cgroup"));
        HttpResponse<String> r = send("POST", "/submissions?wait=true&fields=status,message,time,stdout",
                "{\"language_id\": 71, \"source_code\": \"print(1)\"}");
        assertEquals(201, r.statusCode(), r.body());
        JsonNode body = JsonMapper.builder().build().readTree(r.body());
        assertEquals(13, body.get("status").get("id").asInt(), r.body());
        assertEquals("Internal Error", body.get("status").get("description").asString());
        assertEquals("Internal error: sandbox: no cgroup", body.get("message").asString());
        assertEquals(true, body.get("time").isNull());
        verify(executor, times(3)).execute(any());
    }
}
