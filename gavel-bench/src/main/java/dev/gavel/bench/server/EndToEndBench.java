package dev.gavel.bench.server;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;

/**
 * A burst: N submissions with a mix of verdicts posted at once by many clients, then polled until every one has its
 * verdict. Reports the time from the first POST to the last verdict, checks none was lost and each got the verdict
 * its program deserves. The problem is a copy of 'hello' with a short time limit, so TLEs do not dominate.
 */
@Command(name = "e2e", mixinStandardHelpOptions = true,
        description = "End to end: a burst of submissions with mixed verdicts, time until the last verdict, none lost.")
public final class EndToEndBench implements Callable<Integer> {

    /** C sources by the verdict they earn on 'hello'. */
    private static final Map<String, String> SOURCES = Map.of(
            "AC", "#include <stdio.h>\nint main(void) { puts(\"Hello, World!\"); return 0; }\n",
            "WA", "#include <stdio.h>\nint main(void) { puts(\"hello, world\"); return 0; }\n",
            "RE", "#include <stdlib.h>\nint main(void) { abort(); }\n",
            "TLE", "int main(void) { volatile unsigned long n = 0; for (;;) n++; }\n",
            "CE", "int main(void) { return undeclared; }\n");

    @Option(names = "--submissions", description = "submissions in the burst (default: ${DEFAULT-VALUE})")
    int submissions = 2000;

    @Option(names = "--mix", split = ",", description = "verdict=weight (default: ${DEFAULT-VALUE})")
    Map<String, Integer> mix = new LinkedHashMap<>(Map.of("AC", 60, "WA", 15, "RE", 10, "TLE", 10, "CE", 5));

    @Option(names = "--time-limit", description = "time limit of the problem in seconds (default: ${DEFAULT-VALUE})")
    String timeLimit = "0.25";

    @Option(names = "--clients", description = "clients posting the burst (default: ${DEFAULT-VALUE})")
    int clients = 64;

    @Option(names = "--distinct-sources", description = "make every source unique (a comment), so each compiles; "
            + "by default the compile cache serves all but the first of each kind")
    boolean distinct;

    @Option(names = "--timeout-seconds", description = "give up waiting for verdicts after (default: ${DEFAULT-VALUE})")
    int timeoutSeconds = 900;

    @Option(names = "--stores", split = ",", description = "embedded, postgres or both (default: ${DEFAULT-VALUE})")
    List<String> stores = List.of("embedded");

    @Option(names = "--pg-url", description = "a PostgreSQL server to make a fresh database on, as a JDBC URL "
            + "(default: the one scripts/postgres.sh starts)")
    String pgUrl;

    @Override
    public Integer call() throws Exception {
        for (String v : mix.keySet()) {
            if (!SOURCES.containsKey(v)) throw new IllegalArgumentException("no program for verdict " + v + "; one of " + SOURCES.keySet());
        }
        List<String> expected = plan();
        Map<String, Long> planned = new TreeMap<>();
        expected.forEach(v -> planned.merge(v, 1L, Long::sum));
        System.out.printf(Locale.ROOT, "e2e: %d C submissions %s posted by %d clients at once to a copy of 'hello' with "
                        + "time limit %s s, %d workers, %s sources, verdicts polled every 200 ms%n", submissions, planned,
                clients, timeLimit, Runtime.getRuntime().availableProcessors(), distinct ? "distinct" : "repeated");
        Path dir = Files.createTempDirectory("gavel-bench-e2e-");
        int failures = 0;
        List<String> summary = new ArrayList<>();
        try {
            Path problem = copyHello(dir.resolve("mix"));
            for (String name : stores) {
                String line = burst(name, problem, expected);
                summary.add(line);
                if (line.contains("FAILED")) failures++;
            }
        } finally {
            Store.deleteTree(dir);
        }
        summary.forEach(System.out::println);
        return failures == 0 ? 0 : 1;
    }

    private List<String> plan() {
        int total = mix.values().stream().mapToInt(Integer::intValue).sum();
        List<String> out = new ArrayList<>();
        List<String> kinds = new ArrayList<>(mix.keySet());
        for (int k = 0; k < kinds.size(); k++) {
            int n = k == kinds.size() - 1 ? submissions - out.size()
                    : (int) Math.round((double) submissions * mix.get(kinds.get(k)) / total);
            for (int i = 0; i < n; i++) out.add(kinds.get(k));
        }
        Collections.shuffle(out, new Random(42));
        return out;
    }

    private Path copyHello(Path to) throws IOException {
        Path from = Root.find().resolve("problems/hello");
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path rel = from.relativize(p);
                if (rel.startsWith("submissions")) continue;
                Path target = to.resolve(rel.toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        Files.writeString(to.resolve(".timelimit"), timeLimit + "\n");
        return to;
    }

    private String burst(String name, Path problem, List<String> expected) throws Exception {
        try (Store store = SubmitBench.open(name, pgUrl);
             ServerProcess server = ServerProcess.start(store, List.of(), List.of(
                     "--gavel.problems=" + problem,
                     "--gavel.rate.submissions-per-minute=1000000000"))) {
            Api api = new Api(server);
            int perUser = 100; // one page of /api/users/me/submissions
            List<String> tokens = new ArrayList<>();
            for (int u = 0; u * perUser < submissions; u++) tokens.add(api.signUp("e2e" + u));

            Map<Long, String> expectedById = new HashMap<>();
            Semaphore slots = new Semaphore(clients);
            Instant start = Instant.now();
            long t0 = System.nanoTime();
            List<Future<Long>> ids = new ArrayList<>();
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < submissions; i++) {
                    int n = i;
                    String token = tokens.get(i / perUser);
                    String source = SOURCES.get(expected.get(i)) + (distinct ? "/* " + i + " */\n" : "");
                    ids.add(threads.submit(() -> {
                        slots.acquire();
                        try {
                            return api.submit(token, "mix", "c", source);
                        } finally {
                            slots.release();
                        }
                    }));
                }
                for (int i = 0; i < submissions; i++) expectedById.put(ids.get(i).get(), expected.get(i));
            }
            double acceptSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "%s: all %d accepted in %.2f s (%.0f/s)%n", name, submissions, acceptSeconds,
                    submissions / acceptSeconds);

            Map<Long, JsonNode> done = new HashMap<>();
            long deadline = t0 + timeoutSeconds * 1_000_000_000L;
            double seenSeconds = Double.NaN;
            while (System.nanoTime() < deadline) {
                for (String token : tokens) {
                    for (JsonNode view : api.mine(token, 1, perUser)) {
                        if ("done".equals(view.path("status").asText())) done.putIfAbsent(view.path("id").asLong(), view);
                    }
                }
                if (done.keySet().containsAll(expectedById.keySet())) {
                    seenSeconds = (System.nanoTime() - t0) / 1e9;
                    break;
                }
                Thread.sleep(200);
            }
            Map<String, Long> verdicts = new TreeMap<>();
            int wrong = 0;
            Instant last = start;
            long cpuMs = 0;
            for (Map.Entry<Long, String> e : expectedById.entrySet()) {
                JsonNode view = done.get(e.getKey());
                if (view == null) continue;
                String verdict = view.path("verdict").asText();
                verdicts.merge(verdict, 1L, Long::sum);
                if (!verdict.equals(e.getValue())) {
                    if (wrong++ < 5) System.out.println("  expected " + e.getValue() + ", got " + verdict + ": " + view);
                }
                Instant judged = OffsetDateTime.parse(view.path("judgedAt").asText()).toInstant();
                if (judged.isAfter(last)) last = judged;
                for (JsonNode t : view.path("results")) cpuMs += t.path("timeMs").asLong();
            }
            long lost = expectedById.size() - expectedById.keySet().stream().filter(done::containsKey).count();
            double lastSeconds = (last.toEpochMilli() - start.toEpochMilli()) / 1e3;
            System.out.printf(Locale.ROOT, "%s verdicts: %s, not the expected verdict: %d, without a verdict: %d%n", name,
                    verdicts, wrong, lost);
            System.out.printf(Locale.ROOT, "%s baseline: the programs' CPU time, summed over tests, / %d workers = %.1f s%n",
                    name, Runtime.getRuntime().availableProcessors(), cpuMs / 1e3 / Runtime.getRuntime().availableProcessors());
            return String.format(Locale.ROOT, "%s: %d submissions, last verdict at %.1f s (server's judgedAt; seen by "
                            + "polling at %.1f s), verdicts/s = %.1f, lost = %d, wrong verdicts = %d%s", name, submissions,
                    lastSeconds, seenSeconds, submissions / lastSeconds, lost, wrong,
                    lost == 0 && wrong == 0 ? "" : " FAILED");
        }
    }
}
