package dev.gavel.server.contest;

import dev.gavel.server.testkit.TestDatabases;
import dev.gavel.server.testkit.TestRedis;
import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Contests the cluster way: PostgreSQL, and boards in Redis sorted sets. */
@Tag("postgres")
@Tag("redis")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostgresRedisContestApiTest extends ContestApiContract {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        serverProperties(registry, TestDatabases.newPostgresDatabase());
        registry.add("gavel.leaderboard.store", () -> "redis");
        registry.add("gavel.leaderboard.redis-url", TestRedis::url);
        registry.add("gavel.leaderboard.redis-namespace", () -> "gavel-test-" + UUID.randomUUID());
    }
}
