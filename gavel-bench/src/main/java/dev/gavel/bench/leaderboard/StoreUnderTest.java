package dev.gavel.bench.leaderboard;

import dev.gavel.server.contest.board.RankStore;

/** A store the benchmark runs the board on, and the baseline that goes beside its figures. */
sealed interface StoreUnderTest extends AutoCloseable permits MemoryUnderTest, RedisUnderTest {

    String name();

    /**
     * Feeder threads when not given: the board takes writes under one lock, so in memory a second feeder only
     * contends, while on Redis several overlap their round trips.
     */
    int defaultFeeders();

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
