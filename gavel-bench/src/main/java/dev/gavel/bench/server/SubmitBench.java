package dev.gavel.bench.server;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Accept throughput and latency of {@code POST /api/problems/hello/submissions}: N clients over loopback against a
 * server that accepts but does not judge, once per store. Beside it, in the same run and against the same server,
 * two baselines: the liveness probe (HTTP and Spring MVC, no database) and {@code GET /api/users/me} (the same
 * bearer-token lookup as a submission, no insert).
 */
@Command(name = "submit", mixinStandardHelpOptions = true,
        description = "Submit accept throughput and p50/p99 latency, embedded and PostgreSQL, beside HTTP baselines.")
public final class SubmitBench implements Callable<Integer> {

    static final String HELLO_PY = "print(\"Hello, World!\")\n";

    @Option(names = "--clients", description = "concurrent clients (default: ${DEFAULT-VALUE})")
    int clients = 64;

    @Option(names = "--warmup-seconds", description = "unmeasured seconds before each phase, at least; the warm-up goes "
            + "on until the server's JIT compilers are quiet (default: ${DEFAULT-VALUE})")
    int warmupSeconds = 10;

    @Option(names = "--warmup-max-seconds",
            description = "the longest warm-up, JIT quiet or not (default: ${DEFAULT-VALUE})")
    int warmupMaxSeconds = 120;

    @Option(names = "--seconds", description = "measured seconds of each phase (default: ${DEFAULT-VALUE})")
    int seconds = 10;

    @Option(names = "--stores", split = ",", description = "embedded, postgres or both (default: ${DEFAULT-VALUE})")
    List<String> stores = List.of("embedded", "postgres");

    @Option(names = "--pg-url", description = "a PostgreSQL server to make a fresh database on, as a JDBC URL "
            + "(default: the one scripts/postgres.sh starts)")
    String pgUrl;

    @Option(names = "--client", description = "raw (sockets) or jdk (HttpClient) (default: ${DEFAULT-VALUE})")
    LoadRun.Client client = LoadRun.Client.RAW;

    @Option(names = "--users", description = "users the clients submit as, round robin (default: ${DEFAULT-VALUE})")
    int users = 8;

    @Option(names = "--no-baselines", negatable = true, description = "skip the two baseline phases")
    boolean baselines = true;

    @Option(names = "--server-jvm-option", description = "an option for the server's JVM (repeatable)")
    List<String> serverJvmOptions = new ArrayList<>();

    @Option(names = "--jfr", description = "record the server with Java Flight Recorder during each submit phase, "
            + "into DIR/submit-<store>.jfr")
    Path jfrDir;

    @Override
    public Integer call() throws Exception {
        System.out.printf(Locale.ROOT, "submit accept: %d clients (%s HTTP/1.1 keep-alive, virtual threads) over loopback, "
                        + "warm-up of %d s, then until the server's JIT compilers use < %.2f cores over %d s (at most "
                        + "%d s in all), then %d s measured per phase; judging off, %d users, %d cores shared by client "
                        + "and server%n", clients, client.name().toLowerCase(Locale.ROOT), warmupSeconds,
                CpuMeter.QUIET_JIT_CORES, CpuMeter.QUIET_WINDOW_SECONDS, warmupMaxSeconds, seconds, users,
                Runtime.getRuntime().availableProcessors());
        Map<String, LoadRun.Result> results = new LinkedHashMap<>();
        for (String name : stores) {
            results.put(name, measure(name));
        }
        for (Map.Entry<String, LoadRun.Result> e : results.entrySet()) {
            LoadRun.Result r = e.getValue();
            System.out.printf(Locale.ROOT, "%s: accepted/s = %.0f, p50 ms = %.1f, p99 ms = %.1f%n", e.getKey(),
                    r.perSecond(), r.latencies().percentileMillis(50), r.latencies().percentileMillis(99));
        }
        return 0;
    }

    private LoadRun.Result measure(String storeName) throws Exception {
        try (Store store = open(storeName, pgUrl);
             ServerProcess server = ServerProcess.start(store, serverJvmOptions, List.of(
                     "--gavel.problems=" + Root.find().resolve("problems/hello"),
                     "--gavel.judging.enabled=false",
                     "--gavel.rate.submissions-per-minute=1000000000"))) {
            Api api = new Api(server);
            List<String> tokens = new ArrayList<>();
            for (int u = 0; u < users; u++) {
                tokens.add(api.signUp("bench" + u));
            }
            CpuMeter meter = new CpuMeter(server.pid(), store.database());
            Duration warmup = Duration.ofSeconds(warmupSeconds);
            Duration warmupMost = Duration.ofSeconds(Math.max(warmupSeconds, warmupMaxSeconds));
            Duration measured = Duration.ofSeconds(seconds);
            LoadRun.Result liveness = null;
            LoadRun.Result me = null;
            if (baselines) {
                liveness = LoadRun.run(storeName + " baseline GET /actuator/health/liveness", client, server.port,
                        clients, warmup, warmupMost, measured, 200, meter,
                        c -> new LoadRun.Request("GET", "/actuator/health/liveness", Map.of(), null));
                print(liveness, "responses");
                me = LoadRun.run(storeName + " baseline GET /api/users/me", client, server.port, clients, warmup,
                        warmupMost, measured, 200, meter, c -> new LoadRun.Request("GET", "/api/users/me",
                                Map.of("Authorization", "Bearer " + tokens.get(c % tokens.size())), null));
                print(me, "responses");
            }
            String body = Api.JSON.writeValueAsString(Map.of("language", "python3", "source", HELLO_PY));
            Jfr jfr = jfrDir == null ? null : Jfr.start(server.pid(), jfrDir.resolve("submit-" + storeName + ".jfr"));
            LoadRun.Result submit = LoadRun.run(storeName + " POST /api/problems/hello/submissions", client,
                    server.port, clients, warmup, warmupMost, measured, 202, meter, c -> new LoadRun.Request("POST",
                            "/api/problems/hello/submissions",
                            Map.of("Authorization", "Bearer " + tokens.get(c % tokens.size())), body));
            if (jfr != null) System.out.println("flight recording of the server: " + jfr.stop());
            print(submit, "accepted");
            if (me != null) {
                System.out.printf(Locale.ROOT, "%s submit/users-me throughput = %.2f, submit/liveness = %.2f%n", storeName,
                        submit.perSecond() / me.perSecond(), submit.perSecond() / liveness.perSecond());
            }
            return submit;
        }
    }

    private static void print(LoadRun.Result r, String what) {
        System.out.println(r.line(what));
        System.out.println("  " + r.cpu() + ", reconnects = " + r.reconnects());
        System.out.println("  " + r.warmup());
    }

    static Store open(String name, String pgUrl) throws IOException, InterruptedException {
        return switch (name) {
            case "embedded" -> Store.embedded();
            case "postgres" -> Store.postgres(pgUrl);
            default -> throw new IllegalArgumentException("unknown store '" + name + "': embedded or postgres");
        };
    }

    /** A flight recording of the server, started and dumped with jcmd. */
    record Jfr(long pid, Path file) {
        static Jfr start(long pid, Path file) throws IOException, InterruptedException {
            Files.createDirectories(file.toAbsolutePath().getParent());
            jcmd(pid, "JFR.start", "name=gavel-bench", "settings=profile");
            return new Jfr(pid, file.toAbsolutePath());
        }

        Path stop() throws IOException, InterruptedException {
            jcmd(pid, "JFR.stop", "name=gavel-bench", "filename=" + file);
            return file;
        }

        private static void jcmd(long pid, String... args) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(pid)));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) throw new IOException("jcmd " + String.join(" ", args) + " failed: " + out);
        }
    }
}
