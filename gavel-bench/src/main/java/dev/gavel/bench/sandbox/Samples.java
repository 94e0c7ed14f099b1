package dev.gavel.bench.sandbox;

import java.util.Arrays;
import java.util.Locale;

/** Durations of repeated runs in nanoseconds, and their order statistics. */
record Samples(String system, long[] nanos) {

    Samples {
        nanos = nanos.clone();
        Arrays.sort(nanos);
    }

    double percentileMillis(double p) {
        int index = (int) Math.ceil(p / 100.0 * nanos.length) - 1;
        return nanos[Math.max(0, Math.min(nanos.length - 1, index))] / 1e6;
    }

    double medianMillis() {
        return percentileMillis(50);
    }

    String line() {
        return String.format(Locale.ROOT, "%s: median ms = %.3f, p99 ms = %.3f, runs = %d",
                system, medianMillis(), percentileMillis(99), nanos.length);
    }
}
