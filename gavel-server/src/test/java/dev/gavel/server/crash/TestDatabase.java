package dev.gavel.server.crash;

import dev.gavel.server.testkit.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/**
 * The database a child server uses, and the test's own way into it. The embedded H2 file is opened only while no
 * server has it (after a kill, a copy of the file is opened, so that the server that comes back is the first to
 * recover the original). A PostgreSQL run gets a fresh database, dropped at the end.
 */
sealed interface TestDatabase extends AutoCloseable {

    /** Environment for the child server. */
    Map<String, String> env();

    /** A connection to the database as it is now; for H2, only while no server is running. */
    Connection connect() throws SQLException, IOException;

    /** A connection to what the database held when its server was killed, before any recovery. */
    Connection connectAfterKill() throws SQLException, IOException;

    @Override
    void close() throws SQLException;

    record H2(Path home) implements TestDatabase {

        @Override
        public Map<String, String> env() {
            return Map.of();
        }

        @Override
        public Connection connect() throws SQLException {
            return open(home.resolve("db").resolve("gavel"));
        }

        @Override
        public Connection connectAfterKill() throws SQLException, IOException {
            Path copy = Files.createDirectories(home.resolve("after-kill-" + UUID.randomUUID()));
            Files.copy(home.resolve("db").resolve("gavel.mv.db"), copy.resolve("gavel.mv.db"),
                    StandardCopyOption.REPLACE_EXISTING);
            return open(copy.resolve("gavel"));
        }

        private static Connection open(Path file) throws SQLException {
            return DriverManager.getConnection("jdbc:h2:file:" + file.toAbsolutePath()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "gavel", "");
        }

        @Override
        public void close() {
        }
    }

    /** A fresh database on the test PostgreSQL server ({@link TestDatabases}), dropped on close. */
    record Postgres(String url) implements TestDatabase {

        static Postgres fresh() {
            return new Postgres(TestDatabases.newPostgresDatabase());
        }

        @Override
        public Map<String, String> env() {
            return Map.of("GAVEL_DB_URL", url);
        }

        @Override
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url);
        }

        @Override
        public Connection connectAfterKill() throws SQLException {
            return connect();
        }

        @Override
        public void close() {
            TestDatabases.dropPostgresDatabase(url);
        }
    }
}
