package dev.gavel.bench.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A closed-loop load: N clients on virtual threads, each sending one request, waiting for its response, sending the
 * next. Requests run through a warm-up and then a measured window; only requests that both start and end inside the
 * window count, towards the rate, the latencies and the tally of statuses. The warm-up lasts at least its given time
 * and then until the server's JIT compilers are quiet ({@link CpuMeter#awaitWarmJit}), up to a limit.
 */
final class LoadRun {

    /** How the clients talk HTTP. */
    enum Client {
        /** {@link RawHttp}: one socket per client, requests prepared as bytes */
        RAW,
        /** the JDK HttpClient, one shared by all clients, HTTP/1.1 keep-alive */
        JDK
    }

    /** One prepared request: method, path, headers, JSON body or null. */
    record Request(String method, String path, Map<String, String> headers, String jsonBody) {
    }

    /** What one phase measured. */
    record Result(String label, int clients, double seconds, int expected, Map<Integer, Long> statuses,
                  Latencies latencies, long reconnects, String cpu, CpuMeter.Warmup warmup) {

        long ok() {
            return statuses.getOrDefault(expected, 0L);
        }

        double perSecond() {
            return ok() / seconds;
        }

        /** Statuses other than the expected one, or "none"; -1 counts I/O errors. */
        String others() {
            StringBuilder b = new StringBuilder();
            statuses.forEach((status, n) -> {
                if (status != expected) b.append(b.isEmpty() ? "" : ", ").append(status < 0 ? "I/O error" : "HTTP " + status)
                        .append(" x ").append(n);
            });
            return b.isEmpty() ? "none" : b.toString();
        }

        String line(String what) {
            return String.format(Locale.ROOT, "%s: %s/s = %.0f, %s, max ms = %.1f, requests = %d, other responses: %s",
                    label, what, perSecond(), latencies.p50p99(), latencies.maxMillis(), latencies.count(), others());
        }
    }

    private LoadRun() {
    }

    /**
     * Runs the load: a warm-up of at least {@code warmup}, longer while the server's JIT is busy but at most
     * {@code warmupMost}, then {@code measured}. {@code requestOf} gives each client (0..clients-1) its request, so
     * clients can act as different users.
     */
    static Result run(String label, Client kind, int port, int clients, Duration warmup, Duration warmupMost,
                      Duration measured, int expected, CpuMeter meter,
                      java.util.function.IntFunction<Request> requestOf) throws Exception {
        HttpClient shared = kind == Client.JDK ? HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build() : null;
        long start = System.nanoTime();
        Window window = new Window();
        List<Latencies.Recorder> recorders = new ArrayList<>();
        List<Future<long[]>> tallies = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<CpuMeter.Warmup> warmed = threads.submit(() -> meter.awaitWarmJit(start, warmup, warmupMost));
            Future<String> cpu = threads.submit(() -> {
                warmed.get();
                long from = System.nanoTime();
                window.open(from, from + measured.toNanos());
                CpuMeter.Snapshot a = meter.snapshot();
                CpuMeter.sleepUntil(window.to);
                return CpuMeter.between(a, meter.snapshot());
            });
            for (int c = 0; c < clients; c++) {
                Request r = requestOf.apply(c);
                Latencies.Recorder recorder = new Latencies.Recorder();
                recorders.add(recorder);
                Exchange exchange = kind == Client.RAW ? raw(port, r) : jdk(shared, port, r);
                tallies.add(threads.submit(() -> loop(exchange, recorder, window)));
            }
            Map<Integer, Long> statuses = new TreeMap<>();
            long reconnects = 0;
            for (Future<long[]> f : tallies) {
                long[] t = f.get();
                for (int s = 0; s < t.length - 1; s++) {
                    if (t[s] > 0) statuses.merge(s == 0 ? -1 : s, t[s], Long::sum);
                }
                reconnects += t[t.length - 1];
            }
            return new Result(label, clients, measured.toNanos() / 1e9, expected, statuses,
                    Latencies.Recorder.merge(recorders), reconnects, cpu.get(), warmed.get());
        } finally {
            if (shared != null) shared.close();
        }
    }

    /** The measured window, in {@link System#nanoTime}; unknown (never reached) until the warm-up ends. */
    private static final class Window {
        private volatile long from = Long.MAX_VALUE;
        private volatile long to = Long.MAX_VALUE;

        void open(long from, long to) {
            this.to = to;
            this.from = from;
        }
    }

    /** Counts by status (index 0: I/O errors), and reconnections in the last slot. */
    private static long[] loop(Exchange exchange, Latencies.Recorder recorder, Window window) throws Exception {
        long[] tally = new long[601];
        try {
            while (true) {
                long t0 = System.nanoTime();
                if (t0 >= window.to) break;
                int status;
                try {
                    status = exchange.call();
                } catch (IOException e) {
                    status = 0;
                    exchange.reset();
                    Thread.sleep(10); // no busy loop against a server that is gone
                }
                long t1 = System.nanoTime();
                if (t0 >= window.from && t1 <= window.to) {
                    tally[Math.min(599, Math.max(0, status))]++;
                    recorder.add(t1 - t0);
                }
            }
            tally[600] = exchange.reconnects();
            return tally;
        } finally {
            exchange.reset();
        }
    }

    private interface Exchange {
        int call() throws IOException, InterruptedException;

        void reset();

        long reconnects();
    }

    private static Exchange raw(int port, Request r) {
        StringBuilder headers = new StringBuilder();
        r.headers().forEach((k, v) -> headers.append(k).append(": ").append(v).append("\r\n"));
        byte[] bytes = RawHttp.request(r.method(), r.path(), port, headers.toString(), r.jsonBody());
        RawHttp http = new RawHttp(port);
        return new Exchange() {
            @Override
            public int call() throws IOException {
                return http.exchange(bytes);
            }

            @Override
            public void reset() {
                http.close();
            }

            @Override
            public long reconnects() {
                return http.reconnects;
            }
        };
    }

    private static Exchange jdk(HttpClient client, int port, Request r) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + r.path()))
                .timeout(Duration.ofSeconds(60));
        r.headers().forEach(b::header);
        if (r.jsonBody() != null) {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(r.jsonBody()));
        } else {
            b.method(r.method(), HttpRequest.BodyPublishers.noBody());
        }
        HttpRequest request = b.build();
        return new Exchange() {
            @Override
            public int call() throws IOException, InterruptedException {
                return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            }

            @Override
            public void reset() {
            }

            @Override
            public long reconnects() {
                return 0;
            }
        };
    }
}
