package dev.gavel.bench.server;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Pipeline overhead of a trivial problem: submissions one after another, each followed on its event stream to its
 * verdict. Overhead = wall time from sending the POST to receiving the verdict event, minus the CPU time the judge
 * reports for the program's runs (the sum of the per-test timeMs). So it counts everything that is not the program
 * computing: HTTP, the insert, queue claim, compile-cache lookup, sandbox set-up and process start, checker, result
 * write, event delivery.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = "Accept -> verdict minus the program's run time, p50/p99, sequential submissions to 'hello'.")
public final class PipelineBench implements Callable<Integer> {

    @Option(names = "--submissions", description = "measured submissions (default: ${DEFAULT-VALUE})")
    int submissions = 200;

    @Option(names = "--warmup", description = "unmeasured submissions first, at least; the warm-up goes on until the "
            + "server's JIT compilers are quiet (default: ${DEFAULT-VALUE})")
    int warmup = 20;

    @Option(names = "--warmup-max-seconds",
            description = "the longest warm-up, JIT quiet or not (default: ${DEFAULT-VALUE})")
    int warmupMaxSeconds = 180;

    @Option(names = "--language", description = "c or python3 (default: ${DEFAULT-VALUE})")
    String language = "c";

    @Option(names = "--stores", split = ",", description = "embedded, postgres or both (default: ${DEFAULT-VALUE})")
    List<String> stores = List.of("embedded");

    @Option(names = "--pg-url", description = "a PostgreSQL server to make a fresh database on, as a JDBC URL "
            + "(default: the one scripts/postgres.sh starts)")
    String pgUrl;

    @Override
    public Integer call() throws Exception {
        String source = switch (language) {
            case "c" -> Files.readString(Root.find().resolve("problems/hello/submissions/accepted/hello.c"));
            case "python3" -> SubmitBench.HELLO_PY;
            default -> throw new IllegalArgumentException("--language is c or python3");
        };
        System.out.printf(Locale.ROOT, "pipeline overhead: 'hello' (2 tests) in %s, %d submissions one at a time after at "
                        + "least %d warm-up (up to %d s, until the server's JIT compilers are quiet), judging on (%d "
                        + "workers), verdict by SSE; overhead = accept->verdict wall time minus the tests' CPU time%n",
                language, submissions, warmup, warmupMaxSeconds, Runtime.getRuntime().availableProcessors());
        List<String> summary = new ArrayList<>();
        for (String name : stores) {
            try (Store store = SubmitBench.open(name, pgUrl);
                 ServerProcess server = ServerProcess.start(store, List.of(), List.of(
                         "--gavel.problems=" + Root.find().resolve("problems/hello"),
                         "--gavel.rate.submissions-per-minute=1000000000"))) {
                Api api = new Api(server);
                String token = api.signUp("pipeline");
                long[] accept = new long[submissions];
                long[] total = new long[submissions];
                long[] overhead = new long[submissions];
                long[] running = new long[submissions];
                CpuMeter meter = new CpuMeter(server.pid(), store.database());
                CpuMeter.Warmup warmed;
                try (ExecutorService watcher = Executors.newVirtualThreadPerTaskExecutor()) {
                    long start = System.nanoTime();
                    Future<CpuMeter.Warmup> quiet = watcher.submit(() -> meter.awaitWarmJit(start, Duration.ZERO,
                            Duration.ofSeconds(warmupMaxSeconds)));
                    for (int n = 0; n < warmup || !quiet.isDone(); n++) {
                        judge(api, token, source);
                    }
                    warmed = quiet.get();
                }
                CpuMeter.Snapshot before = meter.snapshot();
                for (int i = 0; i < submissions; i++) {
                    Timing timing = judge(api, token, source);
                    accept[i] = timing.acceptNanos();
                    total[i] = timing.totalNanos();
                    running[i] = timing.runningNanos();
                    overhead[i] = total[i] - running[i];
                }
                System.out.printf(Locale.ROOT, "%s: %s; measured: %s%n", name, warmed,
                        CpuMeter.between(before, meter.snapshot()));
                Latencies a = new Latencies(accept);
                Latencies t = new Latencies(total);
                Latencies r = new Latencies(running);
                Latencies o = new Latencies(overhead);
                System.out.printf(Locale.ROOT, "%s accept (POST -> 202, the baseline): %s%n", name, a.p50p99());
                System.out.printf(Locale.ROOT, "%s accept -> verdict: %s%n", name, t.p50p99());
                System.out.printf(Locale.ROOT, "%s program CPU time, sum of tests: %s%n", name, r.p50p99());
                String line = String.format(Locale.ROOT, "%s: pipeline overhead %s, submissions = %d", name, o.p50p99(),
                        o.count());
                summary.add(line);
            }
        }
        summary.forEach(System.out::println);
        return 0;
    }

    /** One submission's times: the POST's latency, POST sent to verdict received, and the tests' CPU time. */
    private record Timing(long acceptNanos, long totalNanos, long runningNanos) {
    }

    /** Sends one submission and follows it to its verdict, which must be AC. */
    private Timing judge(Api api, String token, String source) throws Exception {
        long t0 = System.nanoTime();
        long id = api.submit(token, "hello", language, source);
        long t1 = System.nanoTime();
        JsonNode view = api.awaitVerdict(token, id);
        long t2 = System.nanoTime();
        if (!"AC".equals(view.path("verdict").asText())) {
            throw new IllegalStateException("submission " + id + " was not accepted: " + view);
        }
        long runMs = 0;
        for (JsonNode t : view.path("results")) runMs += t.path("timeMs").asLong();
        return new Timing(t1 - t0, t2 - t0, runMs * 1_000_000);
    }
}
