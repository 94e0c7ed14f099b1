package dev.gavel.bench.leaderboard;

import dev.gavel.server.contest.board.MemoryRankStore;
import dev.gavel.server.contest.board.RankStore;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The in-memory store. Baseline: a plain {@link TreeMap} ordering the same number of participants by a composite
 * (score, id) key, where moving one participant (remove its key, put the new one) is the least a sorted structure
 * does for a rank change, single-threaded, no board around it.
 */
record MemoryUnderTest() implements StoreUnderTest {

    private static final int ID_BITS = 20;
    private static final int BATCH = 1000;

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public int defaultFeeders() {
        return 1;
    }

    /** Smaller than the applier's largest: the store takes a batch under the lock its reads need. */
    @Override
    public int defaultBatch() {
        return 100;
    }

    @Override
    public RankStore open() {
        return new MemoryRankStore();
    }

    @Override
    public String baseline(int participants) {
        if (participants >= 1 << ID_BITS) throw new IllegalArgumentException("too many participants for the baseline");
        SplittableRandom random = new SplittableRandom(11);
        TreeMap<Long, Integer> map = new TreeMap<>();
        long[] keys = new long[participants];
        for (int i = 0; i < participants; i++) {
            keys[i] = (long) random.nextInt(1 << 30) << ID_BITS | i;
            map.put(keys[i], i);
        }
        double perSecond = Throughput.perSecond(() -> {
            for (int k = 0; k < BATCH; k++) {
                int i = random.nextInt(participants);
                map.remove(keys[i]);
                keys[i] = (long) random.nextInt(1 << 30) << ID_BITS | i;
                map.put(keys[i], i);
            }
            return BATCH;
        });
        if (map.size() != participants) throw new IllegalStateException("the baseline lost entries");
        return String.format(Locale.ROOT, "baseline TreeMap moves/s = %.0f", perSecond);
    }

    @Override
    public void close() {
    }
}
