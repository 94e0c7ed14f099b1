package dev.gavel.server.clics;

import dev.gavel.server.testkit.TestDatabases;
import java.io.IOException;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The CLICS API on PostgreSQL. */
@Tag("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostgresClicsApiTest extends ClicsApiContract {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        serverProperties(registry, TestDatabases.newPostgresDatabase());
    }
}
