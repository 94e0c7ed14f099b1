package dev.gavel.server.api;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets by key (a user, an IP address): {@code perMinute} requests a minute, refilled continuously, with a
 * burst of the same size. {@link #take} either takes a token or says how many seconds until one is back.
 */
public final class RateLimiter {

    private static final int MAX_KEYS = 100_000;

    private final int perMinute;
    private final double perNano;
    private final double capacity;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int perMinute) {
        if (perMinute < 1) throw new IllegalArgumentException("a rate limit is at least 1 a minute, got " + perMinute);
        this.perMinute = perMinute;
        this.capacity = perMinute;
        this.perNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
    }

    public int perMinute() {
        return perMinute;
    }

    /** 0 when a token was taken, else the whole seconds to wait before the next one (at least 1). */
    public long take(String key) {
        long now = System.nanoTime();
        if (buckets.size() > MAX_KEYS) buckets.values().removeIf(b -> b.full(now));
        Bucket b = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        return b.take(now);
    }

    private final class Bucket {
        private double tokens;
        private long last;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.last = now;
        }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
        }

        synchronized boolean full(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + (now - last) * perNano);
            last = now;
        }
    }
}
