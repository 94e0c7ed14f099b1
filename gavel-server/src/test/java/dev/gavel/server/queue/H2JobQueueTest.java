package dev.gavel.server.queue;

import dev.gavel.server.testkit.TestDatabases;

class H2JobQueueTest extends JobQueueContract {

    @Override
    String newDatabaseUrl() {
        return TestDatabases.newH2Database();
    }
}
