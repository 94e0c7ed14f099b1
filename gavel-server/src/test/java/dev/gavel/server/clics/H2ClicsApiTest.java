package dev.gavel.server.clics;

import dev.gavel.server.testkit.TestDatabases;
import java.io.IOException;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The CLICS API on the embedded database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class H2ClicsApiTest extends ClicsApiContract {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        serverProperties(registry, TestDatabases.newH2Database());
    }
}
