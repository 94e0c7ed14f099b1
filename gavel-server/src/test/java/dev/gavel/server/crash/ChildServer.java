package dev.gavel.server.crash;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Gavel server in a child JVM (the test's own class path and JDK), on a free port, its output appended to
 * {@code target/crash-logs/<name>.log}. Starting it again after a kill reuses the same home, node and port.
 */
final class ChildServer implements AutoCloseable {

    /** What {@link Process#exitValue()} reports for a process ended by SIGKILL (128 + 9). */
    static final int KILLED = 137;

    private final Path log;
    private final int port;
    private final List<String> command;
    private final Map<String, String> env;
    private Process process;

    ChildServer(String name, Path home, Path problem, Map<String, String> env, List<String> extraArgs)
            throws IOException {
        this.log = Files.createDirectories(Path.of("target", "crash-logs")).resolve(name + ".log").toAbsolutePath();
        Files.deleteIfExists(log);
        this.port = freePort();
        this.env = env;
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"),
                "dev.gavel.server.GavelServer",
                "--server.port=" + port,
                "--gavel.home=" + home,
                "--gavel.node=crash-test",
                "--gavel.problems=" + problem.toAbsolutePath(),
                "--gavel.rate.submissions-per-minute=100000",
                "--gavel.admin.password=crash-test-admin"));
        cmd.addAll(extraArgs);
        this.command = List.copyOf(cmd);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    Path log() {
        return log;
    }

    /** Starts the process and waits until it answers its readiness probe; returns how long that took. */
    Duration start(Duration within) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
        pb.environment().putAll(env);
        process = pb.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = t0 + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + "; log:\n" + logTail());
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(base().resolve("/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) return Duration.ofNanos(System.nanoTime() - t0);
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the server did not get ready within " + within + "; log:\n" + logTail());
    }

    /** SIGKILL, as {@code kill -9}; returns the exit value ({@link #KILLED} if the signal did it). */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
    }

    /** SIGTERM; waits for the exit at most {@code within} and returns the exit value, or -1 if it is still running. */
    int terminate(Duration within) throws InterruptedException {
        process.destroy();
        return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    /**
     * SIGTERM to the server and every process under it at once, as systemd stops a service (KillMode=control-group);
     * waits like {@link #terminate}.
     */
    int terminateAll(Duration within) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        return terminate(within);
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log());
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    long logLinesContaining(String text) throws IOException {
        try (var lines = Files.lines(log())) {
            return lines.filter(l -> l.contains(text)).count();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (alive()) kill();
    }
}
