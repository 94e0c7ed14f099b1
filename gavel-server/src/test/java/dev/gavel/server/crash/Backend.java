package dev.gavel.server.crash;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

/** The databases the crash tests run against. */
enum Backend {
    H2, POSTGRES;

    TestDatabase open(Path home) throws Exception {
        if (this == H2) return new TestDatabase.H2(home);
        String server = TestDatabase.Postgres.serverUrl();
        assumeTrue(server != null, "no PostgreSQL: set GAVEL_TEST_PG_URL or make scripts/postgres.sh work");
        return TestDatabase.Postgres.fresh(server);
    }
}
