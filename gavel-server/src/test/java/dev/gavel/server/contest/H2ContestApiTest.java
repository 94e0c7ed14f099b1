package dev.gavel.server.contest;

import dev.gavel.server.testkit.TestDatabases;
import java.io.IOException;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Contests on the embedded database with boards in memory: the default set-up. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class H2ContestApiTest extends ContestApiContract {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        serverProperties(registry, TestDatabases.newH2Database());
    }
}
