package dev.gavel.bench.leaderboard;

import dev.gavel.server.contest.board.RankStore;
import dev.gavel.server.contest.board.RedisLink;
import dev.gavel.server.contest.board.RedisRankStore;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.api.StatefulRedisConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Redis store, on a contest of its own that is deleted afterwards. Baseline: bare ZADDs of the same number of
 * members into one sorted set on the same server, one at a time and pipelined in batches of 1,000.
 */
final class RedisUnderTest implements StoreUnderTest {

    private static final String NAMESPACE = "gavel-bench";
    private static final String BASELINE_KEY = "{gavel-bench:baseline}:zset";
    private static final int PIPELINE = 1000;

    private final String url;
    private final RedisLink link;
    private final List<RedisRankStore> opened = new ArrayList<>();

    RedisUnderTest(String url) {
        this.url = url;
        try {
            this.link = RedisLink.connect(url);
        } catch (RuntimeException e) {
            throw new IllegalStateException(e.getMessage() + " (start one with 'bash scripts/redis.sh start', or pass "
                    + "--redis-url, or leave redis out of --stores)", e);
        }
    }

    @Override
    public String name() {
        return "redis";
    }

    @Override
    public int defaultFeeders() {
        return 2;
    }

    /** Two feeders of 500: the applier's 1,000 in flight, in two pipelines that overlap their round trips. */
    @Override
    public int defaultBatch() {
        return 500;
    }

    @Override
    public RankStore open() {
        RedisRankStore store = new RedisRankStore(link, NAMESPACE, System.currentTimeMillis(),
                RankStore.DEFAULT_EVENT_RETENTION);
        opened.add(store);
        return store;
    }

    @Override
    public double serverCpuSeconds() {
        RedisClient client = RedisClient.create(url);
        try (StatefulRedisConnection<String, String> c = client.connect()) {
            double seconds = 0;
            for (String line : c.sync().info("cpu").split("\r?\n")) {
                if (line.startsWith("used_cpu_user:") || line.startsWith("used_cpu_sys:")) {
                    seconds += Double.parseDouble(line.substring(line.indexOf(':') + 1).trim());
                }
            }
            return seconds;
        } finally {
            client.shutdown();
        }
    }

    @Override
    public String baseline(int participants) {
        RedisClient client = RedisClient.create(url);
        try (StatefulRedisConnection<String, String> c = client.connect()) {
            SplittableRandom random = new SplittableRandom(13);
            String[] members = new String[participants];
            for (int i = 0; i < participants; i++) members[i] = String.format(Locale.ROOT, "%019d", i);
            c.sync().del(BASELINE_KEY);
            double single = Throughput.perSecond(() -> {
                c.sync().zadd(BASELINE_KEY, -random.nextInt(1 << 30), members[random.nextInt(participants)]);
                return 1;
            });
            c.setAutoFlushCommands(false);
            double pipelined = Throughput.perSecond(() -> {
                List<RedisFuture<Long>> replies = new ArrayList<>(PIPELINE);
                for (int i = 0; i < PIPELINE; i++) {
                    replies.add(c.async().zadd(BASELINE_KEY, -random.nextInt(1 << 30), members[random.nextInt(participants)]));
                }
                c.flushCommands();
                for (RedisFuture<Long> r : replies) await(r);
                return PIPELINE;
            });
            c.setAutoFlushCommands(true);
            c.sync().del(BASELINE_KEY);
            return String.format(Locale.ROOT, "baseline pipelined ZADD/s = %.0f, single ZADD/s = %.0f", pipelined, single);
        } finally {
            client.shutdown();
        }
    }

    private static void await(RedisFuture<Long> reply) {
        try {
            reply.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("a baseline ZADD failed: " + e, e);
        }
    }

    @Override
    public void close() {
        for (RedisRankStore s : opened) {
            s.close();
            s.delete();
        }
        link.close();
    }
}
