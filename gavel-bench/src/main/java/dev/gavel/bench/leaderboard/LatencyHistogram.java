package dev.gavel.bench.leaderboard;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Latencies counted in log-linear buckets of microseconds (64 per power of two, so about 1.5% resolution), safe to
 * record from several threads without a lock; for runs too long to keep every sample.
 */
final class LatencyHistogram {

    private static final int SUB_BITS = 6;
    private static final int SUB = 1 << SUB_BITS;
    private static final int BUCKETS = SUB + (63 - SUB_BITS) * SUB;

    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);

    void recordNanos(long nanos) {
        counts.incrementAndGet(bucket(Math.max(0, (nanos + 500) / 1000)));
    }

    long count() {
        long n = 0;
        for (int i = 0; i < BUCKETS; i++) n += counts.get(i);
        return n;
    }

    /** The latency at or below which {@code p} percent of the samples fall, in milliseconds; NaN when empty. */
    double percentileMillis(double p) {
        long total = count();
        if (total == 0) return Double.NaN;
        long rank = Math.max(1, (long) Math.ceil(p / 100.0 * total));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts.get(i);
            if (seen >= rank) return upperMicros(i) / 1000.0;
        }
        throw new IllegalStateException("percentile beyond the histogram");
    }

    private static int bucket(long micros) {
        if (micros < SUB) return (int) micros;
        int exponent = 63 - Long.numberOfLeadingZeros(micros);
        int mantissa = (int) (micros >>> (exponent - SUB_BITS)) & (SUB - 1);
        return SUB + (exponent - SUB_BITS) * SUB + mantissa;
    }

    /** The largest value a bucket holds. */
    private static long upperMicros(int bucket) {
        if (bucket < SUB) return bucket;
        int exponent = (bucket - SUB) / SUB + SUB_BITS;
        long mantissa = (bucket - SUB) % SUB;
        return ((SUB + mantissa + 1) << (exponent - SUB_BITS)) - 1;
    }
}
