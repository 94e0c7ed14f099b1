package dev.gavel.server.crash;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

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

    record Postgres(String adminUrl, String url, String name) implements TestDatabase {

        /** A new, empty database on the server the URL names. */
        static Postgres fresh(String serverUrl) throws SQLException {
            String name = "gavel_crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Connection c = DriverManager.getConnection(serverUrl)) {
                c.createStatement().execute("CREATE DATABASE " + name);
            }
            URI u = URI.create(serverUrl.substring("jdbc:".length()));
            String url = "jdbc:" + u.getScheme() + "://" + u.getAuthority() + "/" + name
                    + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
            return new Postgres(serverUrl, url, name);
        }

        /**
         * The PostgreSQL server for tests: {@code GAVEL_TEST_PG_URL} if set, else the one {@code scripts/postgres.sh}
         * starts; null if there is none.
         */
        static String serverUrl() throws IOException, InterruptedException {
            String url = System.getenv("GAVEL_TEST_PG_URL");
            if (url != null && !url.isBlank()) return url.trim();
            Path script = Path.of("..", "scripts", "postgres.sh").toAbsolutePath().normalize();
            if (!Files.exists(script)) return null;
            Process p = new ProcessBuilder("bash", script.toString(), "start")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) return null;
            String last = out.lines().reduce((a, b) -> b).orElse("");
            return last.startsWith("jdbc:postgresql:") ? last : null;
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
        public void close() throws SQLException {
            try (Connection c = DriverManager.getConnection(adminUrl)) {
                c.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }
}
