package dev.gavel.server.crash;

import java.nio.file.Path;

/** The databases the crash tests run against. */
enum Backend {
    H2, POSTGRES;

    TestDatabase open(Path home) throws Exception {
        if (this == H2) return new TestDatabase.H2(home);
        return TestDatabase.Postgres.fresh();
    }
}
