package dev.gavel.bench.server;

import java.util.Arrays;
import java.util.Locale;

/** Durations in nanoseconds, sorted, and their order statistics. */
final class Latencies {

    private final long[] nanos;

    Latencies(long[] nanos) {
        this.nanos = nanos.clone();
        Arrays.sort(this.nanos);
    }

    int count() {
        return nanos.length;
    }

    double percentileMillis(double p) {
        if (nanos.length == 0) return Double.NaN;
        int index = (int) Math.ceil(p / 100.0 * nanos.length) - 1;
        return nanos[Math.max(0, Math.min(nanos.length - 1, index))] / 1e6;
    }

    double maxMillis() {
        return nanos.length == 0 ? Double.NaN : nanos[nanos.length - 1] / 1e6;
    }

    /** {@code p50 ms = 1.2, p99 ms = 3.4}. */
    String p50p99() {
        return String.format(Locale.ROOT, "p50 ms = %.1f, p99 ms = %.1f", percentileMillis(50), percentileMillis(99));
    }

    /** A growable array of longs: one per client thread, merged at the end, so recording costs no lock. */
    static final class Recorder {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) values = Arrays.copyOf(values, size * 2);
            values[size++] = value;
        }

        static Latencies merge(Iterable<Recorder> recorders) {
            int total = 0;
            for (Recorder r : recorders) total += r.size;
            long[] all = new long[total];
            int at = 0;
            for (Recorder r : recorders) {
                System.arraycopy(r.values, 0, all, at, r.size);
                at += r.size;
            }
            return new Latencies(all);
        }
    }
}
