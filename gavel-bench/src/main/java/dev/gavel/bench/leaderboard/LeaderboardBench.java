package dev.gavel.bench.leaderboard;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import dev.gavel.server.contest.board.Board;
import dev.gavel.server.contest.board.BoardProblem;
import dev.gavel.server.contest.board.BoardSpec;
import dev.gavel.server.contest.board.Scoring;
import dev.gavel.server.contest.board.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.LongStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A synthetic ICPC contest fed into the board layer in-process, per store: feeder threads record judgements in
 * batches (as fast as they can unless {@code --rate} is given) while a reader thread reads the public top 100 and
 * around=me at a steady rate and a {@link PushProbe} listens to the full view. The run is mapped onto the 300-minute
 * contest, so the last fifth of it is frozen. Updates/s counts judgements recorded during the measured seconds.
 * Then the push figure for real viewers: a Gavel server in this process serves a contest of the same size in the same
 * store, and {@link SsePush} measures how long a judgement takes to reach 1,000 and 10,000 SSE viewers.
 */
@Command(name = "leaderboard", mixinStandardHelpOptions = true,
        description = "Leaderboard updates/s, read p50/p99 under that load and push p99, in memory and on Redis.")
public final class LeaderboardBench implements Callable<Integer> {

    private static final long CONTEST_MILLIS = 300 * 60_000L;
    private static final long FREEZE_MILLIS = 240 * 60_000L;

    @Option(names = "--participants", description = "participants (default: ${DEFAULT-VALUE})")
    int participants = 100_000;

    @Option(names = "--problems", description = "problems (default: ${DEFAULT-VALUE})")
    int problems = 12;

    @Option(names = "--seconds", description = "measured seconds per store (default: ${DEFAULT-VALUE})")
    int seconds = 10;

    @Option(names = "--warmup-seconds", description = "unmeasured seconds first (default: ${DEFAULT-VALUE})")
    int warmupSeconds = 3;

    @Option(names = "--feeders", description = "threads recording judgements (default: 1 in memory, 2 on Redis)")
    Integer feeders;

    @Option(names = "--batch", description = "judgements per recordAll call (default: 100 in memory, 500 on Redis)")
    Integer batch;

    @Option(names = "--rate", description = "judgements per second in all, 0 for as fast as the board takes them "
            + "(default: ${DEFAULT-VALUE})")
    double rate = 0;

    @Option(names = "--reads-per-second", description = "reads by the reader thread (default: ${DEFAULT-VALUE})")
    int readsPerSecond = 1000;

    @Option(names = "--probe-every", description = "a push probe in every n-th batch (default: ${DEFAULT-VALUE})")
    int probeEvery = 10;

    @Option(names = "--stores", split = ",", description = "memory, redis or both (default: ${DEFAULT-VALUE})")
    List<String> stores = List.of("memory", "redis");

    @Option(names = "--redis-url", description = "the Redis server (default: ${DEFAULT-VALUE}, the one "
            + "scripts/redis.sh starts)")
    String redisUrl = "redis://127.0.0.1:56379";

    @Option(names = "--push-viewers", split = ",", description = "SSE viewers of a served board for the push "
            + "figure, one measurement per count, 0 for none; the summary's push p99 is the last (default: "
            + "${DEFAULT-VALUE})")
    List<Integer> pushViewers = List.of(1_000, 10_000);

    @Option(names = "--push-rate", description = "judgements per second into the served board while its viewers "
            + "are measured; every viewer gets every row change (default: ${DEFAULT-VALUE})")
    double pushRate = 20;

    @Option(names = "--push-seconds", description = "measured seconds per viewer count (default: ${DEFAULT-VALUE})")
    int pushSeconds = 10;

    @Option(names = "--push-warmup-seconds", description = "seconds of the same load before each push measurement, "
            + "once every viewer is connected (default: ${DEFAULT-VALUE})")
    int pushWarmupSeconds = 5;

    @Option(names = "--push-window", description = "the served board's gavel.leaderboard.push-window: how long a "
            + "viewer's changes gather before one write; 0ms writes each at once (default: ${DEFAULT-VALUE})")
    String pushWindow = "250ms";

    @Override
    public Integer call() throws Exception {
        quietLogging();
        if (participants <= PushProbe.PARTICIPANTS) throw new IllegalArgumentException("--participants must be > 100");
        System.out.printf(Locale.ROOT, "leaderboard: ICPC, %d participants, %d problems, freeze at 240 of 300 minutes; "
                        + "feeders x recordAll(batch), %s; reader: public top %d and around=me (+-%d) at %d/s; "
                        + "%d s warm-up, %d s measured per store; %d cores%n",
                participants, problems, rate > 0 ? String.format(Locale.ROOT, "%.0f/s", rate)
                        : "as fast as they go", ReadProbe.TOP, ReadProbe.RADIUS, readsPerSecond, warmupSeconds, seconds,
                Runtime.getRuntime().availableProcessors());
        List<String> summary = new ArrayList<>();
        for (String name : stores) {
            try (StoreUnderTest store = switch (name) {
                case "memory" -> new MemoryUnderTest();
                case "redis" -> new RedisUnderTest(redisUrl);
                default -> throw new IllegalArgumentException("--stores takes memory and redis, not " + name);
            }) {
                String baseline = store.baseline(participants);
                System.out.printf(Locale.ROOT, "%s %s%n", name, baseline);
                String figures = run(store);
                System.gc();
                summary.add(figures + ", push p99 ms = " + pushOverSse(name) + ", " + baseline);
            }
            System.gc();
        }
        summary.forEach(System.out::println);
        return 0;
    }

    private String run(StoreUnderTest store) throws Exception {
        List<BoardProblem> set = new ArrayList<>();
        for (int i = 0; i < problems; i++) set.add(new BoardProblem("P" + (i + 1), 1));
        BoardSpec spec = new BoardSpec(1, new Scoring.Icpc(), set, FREEZE_MILLIS);
        Board board = new Board(spec, store.open());
        int feeders = this.feeders != null ? this.feeders : store.defaultFeeders();
        int batch = this.batch != null ? this.batch : store.defaultBatch();

        long t = System.nanoTime();
        board.registerAll(LongStream.range(0, participants).boxed().toList());
        System.out.printf(Locale.ROOT, "%s registered %d participants in %.0f ms; %d feeders x recordAll(%d)%n",
                store.name(), board.size(), (System.nanoTime() - t) / 1e6, feeders, batch);

        PushProbe push = new PushProbe();
        Runnable unsubscribe = board.subscribe(View.FULL, push);
        long start = System.nanoTime();
        long runNanos = (warmupSeconds + seconds) * 1_000_000_000L;
        LongSupplier contestClock = () -> Math.min(CONTEST_MILLIS - 1,
                (long) ((System.nanoTime() - start) / (double) runNanos * CONTEST_MILLIS));
        AtomicLong recorded = new AtomicLong();
        List<Feeder> running = new ArrayList<>();
        for (int f = 0; f < feeders; f++) {
            SyntheticContest contest = new SyntheticContest(PushProbe.PARTICIPANTS, participants, problems, feeders, f,
                    contestClock, 20250101L);
            running.add(new Feeder(board, contest, push, batch, probeEvery, rate / feeders, recorded,
                    "leaderboard-feeder-" + f));
        }
        Thread.sleep(warmupSeconds * 1000L);

        long count0 = recorded.get();
        double ownCpu0 = ownCpuSeconds();
        double serverCpu0 = store.serverCpuSeconds();
        long t0 = System.nanoTime();
        ReadProbe reads = new ReadProbe(board, participants, readsPerSecond);
        running.forEach(f -> f.probe(true));
        Thread.sleep(seconds * 1000L);
        long count1 = recorded.get();
        long t1 = System.nanoTime();
        double ownCpu = ownCpuSeconds() - ownCpu0;
        double serverCpu = serverCpu0 < 0 ? -1 : store.serverCpuSeconds() - serverCpu0;
        reads.stop();
        for (Feeder f : running) f.stop();
        unsubscribe.run();

        double updates = (count1 - count0) / ((t1 - t0) / 1e9);
        LatencyHistogram p = push.latencies();
        System.out.printf(Locale.ROOT, "%s updates: %d judgements in %.1f s = %.0f/s; board: %d rows, %d full and %d "
                        + "public events, frozen: %s%n", store.name(), count1 - count0, (t1 - t0) / 1e9, updates,
                board.size(), board.page(View.FULL, 0, 0).lastEventId(), board.page(View.PUBLIC, 0, 0).lastEventId(),
                board.frozen());
        System.out.printf(Locale.ROOT, "%s cpu while measured: %s%n", store.name(),
                cpuLine(ownCpu, serverCpu, (t1 - t0) / 1e9, count1 - count0));
        System.out.printf(Locale.ROOT, "%s reads under load: top-%d %s; around=me %s%n", store.name(), ReadProbe.TOP,
                p50p99(reads.top()), p50p99(reads.around()));
        System.out.printf(Locale.ROOT, "%s push record()->in-process listener, under the load: %s%n", store.name(),
                p50p99(p));
        return String.format(Locale.ROOT, "%s: updates/s = %.0f, read p99 ms = %.2f", store.name(), updates,
                reads.all().percentileMillis(99));
    }

    /** Push p99 to SSE viewers of a server's board in this store, for each viewer count; returns the last. */
    private String pushOverSse(String store) throws Exception {
        List<Integer> counts = pushViewers.stream().filter(n -> n > 0).toList();
        if (counts.isEmpty()) return "n/a";
        double p99 = Double.NaN;
        long t = System.nanoTime();
        try (ServedBoard served = ServedBoard.start(store, redisUrl, pushWindow, participants, problems)) {
            System.out.printf(Locale.ROOT,
                    "%s served board: a server with %d participants up in %.1f s, push window %s; per viewer count "
                            + "%d s of load once all are connected, then %d s measured%n",
                    store, served.board().size(), (System.nanoTime() - t) / 1e9, pushWindow, pushWarmupSeconds,
                    pushSeconds);
            for (int viewers : counts) {
                SsePush.Result r = SsePush.measure(served, viewers, pushRate, pushWarmupSeconds, pushSeconds, participants,
                        problems);
                System.out.printf(Locale.ROOT, "%s push to SSE viewers, %s%n", store, r.line());
                p99 = r.p99();
            }
        }
        return String.format(Locale.ROOT, "%.0f", p99);
    }

    /**
     * Cores busy and CPU microseconds per judgement: a steadier figure than updates/s on a machine whose speed
     * varies from run to run. This process includes the reader and the in-process push listener.
     */
    private static String cpuLine(double ownCpu, double serverCpu, double seconds, long judgements) {
        String line = String.format(Locale.ROOT, "this process %.2f cores = %.1f us per judgement", ownCpu / seconds,
                ownCpu / judgements * 1e6);
        if (serverCpu < 0) return line;
        return line + String.format(Locale.ROOT, ", store server %.2f cores = %.1f us per judgement",
                serverCpu / seconds, serverCpu / judgements * 1e6);
    }

    private static double ownCpuSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
    }

    private static String p50p99(LatencyHistogram h) {
        return String.format(Locale.ROOT, "p50 ms = %.3f, p99 ms = %.3f (%d samples)", h.percentileMillis(50),
                h.percentileMillis(99), h.count());
    }

    /** Without a configuration logback logs DEBUG, and Lettuce and Netty log every command at DEBUG. */
    private static void quietLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
        }
    }
}
