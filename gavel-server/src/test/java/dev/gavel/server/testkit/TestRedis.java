package dev.gavel.server.testkit;

/** The Redis server of the tests: the one {@code scripts/test.sh} starts ({@code scripts/redis.sh}). */
public final class TestRedis {

    public static final String URL_VARIABLE = "GAVEL_TEST_REDIS_URL";

    private TestRedis() {
    }

    /** The server's URL; fails with a clear message when there is none. */
    public static String url() {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) url = System.getProperty(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(URL_VARIABLE + " is not set: run the tests with scripts/test.sh, or start "
                    + "Redis with 'bash scripts/redis.sh start' and export " + URL_VARIABLE + "=<the URL it prints>");
        }
        return url;
    }
}
