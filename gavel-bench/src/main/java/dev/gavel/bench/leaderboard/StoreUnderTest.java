package dev.gavel.bench.leaderboard;

import dev.gavel.server.contest.board.RankStore;

/** A store the benchmark runs the board on, and the baseline that goes beside its figures. */
sealed interface StoreUnderTest extends AutoCloseable permits MemoryUnderTest, RedisUnderTest {

    String name();

    /**
     * Feeder threads when not given: the board takes writes under one lock, so in memory a second feeder only
     * contends, while on Redis two overlap their round trips.
     */
    int defaultFeeders();

    /**
     * Judgements per {@code recordAll} when not given. The server's board applier hands over up to 1,000 changes at a
     * time, as many as are waiting: under a load like this one, full batches.
     */
    int defaultBatch();

    /** A new empty store for the run. */
    RankStore open();

    /**
     * CPU seconds the store's own server process has used so far (Redis: its INFO), or -1 when the store runs in
     * this process.
     */
    default double serverCpuSeconds() {
        return -1;
    }

    /** Measures the baseline now; returns it as {@code name = figure} text for the summary line. */
    String baseline(int participants);

    @Override
    void close();
}
