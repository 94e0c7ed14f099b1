package dev.gavel.bench.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The database a benchmarked server uses: {@code embedded} (H2 in the server's fresh home) or {@code postgres} (a fresh
 * database made for the run on the PostgreSQL server of a JDBC URL, dropped afterwards; psql makes and drops it).
 */
final class Store implements AutoCloseable {

    final String name;
    private final String jdbcUrl;
    private final List<String> psql;
    private final String database;

    private Store(String name, String jdbcUrl, List<String> psql, String database) {
        this.name = name;
        this.jdbcUrl = jdbcUrl;
        this.psql = psql;
        this.database = database;
    }

    static Store embedded() {
        return new Store("embedded", null, null, null);
    }

    /**
     * A fresh database on the server of {@code pgUrl} (jdbc:postgresql://host:port/db?user=u), or on the one
     * {@code scripts/postgres.sh start} starts when pgUrl is null.
     */
    static Store postgres(String pgUrl) throws IOException, InterruptedException {
        String url = pgUrl != null ? pgUrl : startLocalPostgres();
        URI uri = URI.create(url.substring("jdbc:".length()));
        String user = "gavel";
        String query = uri.getQuery() == null ? "" : uri.getQuery();
        for (String kv : query.split("&")) {
            if (kv.startsWith("user=")) user = kv.substring(5);
        }
        String adminDb = uri.getPath().isEmpty() || uri.getPath().equals("/") ? "postgres" : uri.getPath().substring(1);
        List<String> psql = List.of("psql", "-h", uri.getHost(), "-p", String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()),
                "-U", user, "-d", adminDb, "-v", "ON_ERROR_STOP=1", "-qtAc");
        String database = "gavel_bench_" + System.currentTimeMillis() + "_" + ProcessHandle.current().pid();
        run(psql, "CREATE DATABASE " + database);
        String fresh = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + "/" + database
                + (query.isEmpty() ? "" : "?" + query);
        return new Store("postgres", fresh, psql, database);
    }

    private static String startLocalPostgres() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", Root.find().resolve("scripts/postgres.sh").toString(), "start")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IOException("scripts/postgres.sh start failed");
        return out.lines().filter(l -> l.startsWith("jdbc:postgresql:")).reduce((a, b) -> b)
                .orElseThrow(() -> new IOException("scripts/postgres.sh start printed no JDBC URL: " + out));
    }

    private static void run(List<String> psql, String sql) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(psql);
        command.add(sql);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IOException("psql '" + sql + "' failed: " + out.strip());
    }

    /** The fresh PostgreSQL database's name, or null for the embedded store. */
    String database() {
        return database;
    }

    Optional<String> jdbcUrl() {
        return Optional.ofNullable(jdbcUrl);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (database != null) run(psql, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
