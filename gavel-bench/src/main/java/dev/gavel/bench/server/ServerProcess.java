package dev.gavel.bench.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Gavel server started as a child process from the built jars ({@code gavel-server/target}), with its own temporary
 * home and a free port, for one store. Its output goes to {@code server.log} in that home.
 */
final class ServerProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    final int port;
    final Path home;
    final Path log;
    private final Process process;

    private ServerProcess(int port, Path home, Process process) {
        this.port = port;
        this.home = home;
        this.log = home.resolve("server.log");
        this.process = process;
    }

    /**
     * Starts a server and waits until it answers its liveness probe.
     *
     * @param store     the database the server uses
     * @param jvmOptions extra options for the server's JVM (e.g. a flight recording)
     * @param settings  {@code --name=value} settings after the home, port and database
     */
    static ServerProcess start(Store store, List<String> jvmOptions, List<String> settings)
            throws IOException, InterruptedException {
        Path root = Root.find();
        Path target = root.resolve("gavel-server/target");
        Path jar;
        try (Stream<Path> files = Files.list(target)) {
            jar = files.filter(p -> p.getFileName().toString().matches("gavel-server-.*\\.jar")
                            && !p.getFileName().toString().contains("sources") && !p.getFileName().toString().contains("tests"))
                    .findFirst().orElseThrow(() -> new IOException("no gavel-server jar in " + target
                            + ": build first (mvn -DskipTests package)"));
        } catch (IOException e) {
            throw new IOException("no " + target + ": build gavel-server first (mvn -DskipTests package)", e);
        }
        Path home = Files.createTempDirectory("gavel-bench-server-");
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(jar + ":" + target.resolve("lib") + "/*");
        command.add("dev.gavel.server.GavelServer");
        command.add("--gavel.home=" + home);
        command.add("--server.port=" + port);
        command.addAll(settings);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve("server.log").toFile());
        pb.environment().remove("GAVEL_DB_URL");
        pb.environment().remove("SERVER_PORT");
        pb.environment().remove("GAVEL_HOME");
        store.jdbcUrl().ifPresent(url -> pb.environment().put("GAVEL_DB_URL", url));
        ServerProcess server = new ServerProcess(port, home, pb.start());
        try {
            server.awaitLive();
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private void awaitLive() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(uri("/actuator/health/liveness")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the server stopped while starting (exit " + process.exitValue() + "); see " + log
                        + "\n" + tail());
            }
            try {
                if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IOException("the server did not start within " + START_TIMEOUT.toSeconds() + " s; see " + log);
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    URI uri(String path) {
        try {
            return new URI("http://127.0.0.1:" + port + path);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** Stops the server (SIGTERM, a graceful shutdown; a flight recording is written then), then deletes its home. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (!process.isAlive()) {
            // it stopped by itself: keep its log for the reader
            Path kept = Files.createTempFile("gavel-bench-server-", ".log");
            Files.copy(log, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            System.out.println("the server had stopped by itself (exit " + process.exitValue() + "); its log: " + kept);
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
        Store.deleteTree(home);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
