package dev.gavel.server.queue;

import dev.gavel.server.testkit.TestDatabases;
import org.junit.jupiter.api.Tag;

@Tag("postgres")
class PostgresJobQueueTest extends JobQueueContract {

    @Override
    String newDatabaseUrl() {
        return TestDatabases.newPostgresDatabase();
    }
}
