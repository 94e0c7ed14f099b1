package dev.gavel.server.testkit;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Databases for tests: a fresh embedded H2 file, or a fresh database on the real PostgreSQL server that
 * {@code scripts/test.sh} starts ({@code scripts/postgres.sh}) and names in {@code GAVEL_TEST_PG_URL}.
 */
public final class TestDatabases {

    public static final String PG_URL_VARIABLE = "GAVEL_TEST_PG_URL";

    private TestDatabases() {
    }

    /** The PostgreSQL server's URL; fails with a clear message when there is none. */
    public static String postgresServer() {
        String url = System.getenv(PG_URL_VARIABLE);
        if (url == null || url.isBlank()) url = System.getProperty(PG_URL_VARIABLE);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(PG_URL_VARIABLE + " is not set: run the tests with scripts/test.sh, or "
                    + "start PostgreSQL with 'bash scripts/postgres.sh start' and export " + PG_URL_VARIABLE
                    + "=<the URL it prints>");
        }
        return url;
    }

    /**
     * Makes a new empty database on the PostgreSQL server; returns its JDBC URL. It is dropped when the test JVM
     * ends: Spring keeps a test class's server (and its connections) until then, so no test can drop it earlier.
     */
    public static String newPostgresDatabase() {
        String server = postgresServer();
        String name = "gavel_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make a test database on " + server + ": " + e.getMessage(), e);
        }
        String url = server.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        dropAtExit(url);
        return url;
    }

    private static final Set<String> TO_DROP = ConcurrentHashMap.newKeySet();

    private static void dropAtExit(String url) {
        synchronized (TO_DROP) {
            if (TO_DROP.isEmpty()) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> TO_DROP.forEach(TestDatabases::dropQuietly),
                        "drop-test-databases"));
            }
            TO_DROP.add(url);
        }
    }

    private static void dropQuietly(String url) {
        try {
            dropPostgresDatabase(url);
        } catch (RuntimeException e) {
            System.err.println("left a test database behind: " + e.getMessage());
        }
    }

    /** Drops a database made by {@link #newPostgresDatabase()}, closing its connections. */
    public static void dropPostgresDatabase(String url) {
        String name = URI.create(url.substring("jdbc:".length())).getPath().substring(1);
        try (Connection c = DriverManager.getConnection(postgresServer()); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            TO_DROP.remove(url);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test database " + name + ": " + e.getMessage(), e);
        }
    }

    /** A new in-memory H2 database in PostgreSQL mode, as the server configures its embedded one. */
    public static String newH2Database() {
        return "jdbc:h2:mem:gavel_" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }
}
