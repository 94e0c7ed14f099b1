package dev.gavel.server.judge0;

import dev.gavel.server.testkit.TestDatabases;
import org.junit.jupiter.api.Tag;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The recorded Judge0 exchanges again, on a server whose database is PostgreSQL. */
@Tag("postgres")
class PostgresJudge0ExchangesTest extends Judge0ExchangesTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = TestDatabases.newPostgresDatabase();
        registry.add("gavel.db.url", () -> url);
    }
}
