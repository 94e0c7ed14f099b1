package dev.gavel.bench.leaderboard;

import java.util.function.LongSupplier;

/** Operations per second of a step run over and over on one thread, after a warm-up. */
final class Throughput {

    private static final long WARMUP_NANOS = 500_000_000L;
    private static final long MEASURE_NANOS = 1_000_000_000L;

    private Throughput() {
    }

    /** Runs {@code step} (which returns how many operations it did) for a warm-up, then measures it. */
    static double perSecond(LongSupplier step) {
        long warmEnd = System.nanoTime() + WARMUP_NANOS;
        while (System.nanoTime() < warmEnd) step.getAsLong();
        long ops = 0;
        long start = System.nanoTime();
        long now = start;
        while (now - start < MEASURE_NANOS) {
            ops += step.getAsLong();
            now = System.nanoTime();
        }
        return ops / ((now - start) / 1e9);
    }
}
