package dev.gavel.bench.leaderboard;

import dev.gavel.bench.server.Root;
import dev.gavel.server.GavelServer;
import dev.gavel.server.contest.Contest;
import dev.gavel.server.contest.ContestBoards;
import dev.gavel.server.contest.ContestStore;
import dev.gavel.server.contest.board.Board;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A Gavel server in this process serving one public ICPC contest of {@code participants} users (ids
 * {@code 0 ..< participants}, so they are the synthetic contest's participants) and {@code problems} problems, with no
 * freeze, started 5 minutes ago: its board is the one the server's push endpoints follow, and the benchmark feeds
 * judgements straight into it. Embedded database in a temporary home; the board in memory or in Redis.
 */
final class ServedBoard implements AutoCloseable {

    private static final int CHUNK = 10_000;

    private final ConfigurableApplicationContext server;
    private final Board board;
    private final String slug;
    private final int port;

    private ServedBoard(ConfigurableApplicationContext server, Board board, String slug, int port) {
        this.server = server;
        this.board = board;
        this.slug = slug;
        this.port = port;
    }

    static ServedBoard start(String store, String redisUrl, String pushWindow, int participants, int problems)
            throws IOException {
        Path home = Files.createTempDirectory("gavel-bench-push-");
        Map<String, String> properties = new HashMap<>();
        properties.put("gavel.home", home.toString());
        properties.put("server.port", "0");
        properties.put("gavel.judging.enabled", "false");
        properties.put("gavel.judging.workers", "1");
        properties.put("gavel.problems", Root.find().resolve("problems/hello").toString());
        properties.put("gavel.rate.anonymous-per-minute", String.valueOf(Integer.MAX_VALUE));
        properties.put("server.tomcat.max-connections", "20000");
        properties.put("server.tomcat.accept-count", "4096");
        properties.put("gavel.leaderboard.store", store);
        properties.put("gavel.leaderboard.redis-url", redisUrl);
        properties.put("gavel.leaderboard.redis-namespace", "gavel-bench-" + UUID.randomUUID());
        properties.put("gavel.leaderboard.push-window", pushWindow);
        properties.put("logging.level.root", "WARN");
        properties.put("gavel.db.url", "jdbc:h2:file:" + home.resolve("db/gavel") + ";MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE");
        // as arguments, so they win over the environment (bin/gavel exports GAVEL_HOME)
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        ConfigurableApplicationContext server = new SpringApplicationBuilder(GavelServer.class).run(args);
        String slug = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        Contest contest = insertContest(server.getBean(JdbcTemplate.class), server.getBean(ContestStore.class), slug,
                participants, problems);
        Board board = server.getBean(ContestBoards.class).board(contest).board();
        int port = Integer.parseInt(server.getEnvironment().getProperty("local.server.port", "0"));
        return new ServedBoard(server, board, slug, port);
    }

    /**
     * Straight into the tables: a hundred thousand sign-ups through the API would spend minutes hashing passwords.
     * The administrator made at start is removed so that user ids can be the participant numbers; every column of
     * the contest gets the same problem (the API refuses that; the board does not care).
     */
    private static Contest insertContest(JdbcTemplate jdbc, ContestStore contests, String slug, int participants,
                                         int problems) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.update("DELETE FROM api_tokens");
        jdbc.update("DELETE FROM users");
        for (int from = 0; from < participants; from += CHUNK) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = from; i < Math.min(participants, from + CHUNK); i++) {
                rows.add(new Object[] {(long) i, "p" + i, "-", "USER", now});
            }
            jdbc.batchUpdate("INSERT INTO users (id, username, password_hash, role, created_at) VALUES (?, ?, ?, ?, ?)",
                    rows);
        }
        jdbc.update("INSERT INTO contests (slug, title, format, starts_at, duration_s, penalty_minutes, "
                        + "public_contest, registration_open, created_at) VALUES (?, ?, 'icpc', ?, ?, 20, TRUE, TRUE, ?)",
                slug, "Push benchmark", now.minusMinutes(5), 5 * 3600, now);
        long contestId = contests.bySlug(slug).orElseThrow().id();
        long problemId = jdbc.queryForObject("SELECT id FROM problems WHERE slug = 'hello'", Long.class);
        for (int p = 0; p < problems; p++) {
            jdbc.update("INSERT INTO contest_problems (contest_id, label, ordinal, problem_id, points) "
                    + "VALUES (?, ?, ?, ?, 1)", contestId, "P" + (p + 1), p, problemId);
        }
        for (int from = 0; from < participants; from += CHUNK) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = from; i < Math.min(participants, from + CHUNK); i++) {
                rows.add(new Object[] {contestId, (long) i, now});
            }
            jdbc.batchUpdate("INSERT INTO contest_participants (contest_id, user_id, registered_at) VALUES (?, ?, ?)",
                    rows);
        }
        return contests.bySlug(slug).orElseThrow();
    }

    Board board() {
        return board;
    }

    /** Where a viewer follows the public board's changes. */
    String eventsPath() {
        return "/api/contests/" + slug + "/leaderboard/events";
    }

    int port() {
        return port;
    }

    @Override
    public void close() {
        server.close();
    }
}
