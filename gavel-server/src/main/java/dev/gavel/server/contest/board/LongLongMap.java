package dev.gavel.server.contest.board;

import java.util.Arrays;

/**
 * A map of long to long by open addressing (linear probing), without the boxes and entry objects of a
 * {@code HashMap<Long, ...>}: a lookup costs one or two cache misses instead of four. {@link Long#MIN_VALUE} is
 * not a valid key. Not thread-safe.
 */
final class LongLongMap {

    private static final long FREE = Long.MIN_VALUE;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private long[] keys;
    private long[] values;
    private int size;
    private int shift;

    LongLongMap() {
        allocate(16);
    }

    int size() {
        return size;
    }

    long get(long key, long absent) {
        for (int i = slot(key); ; i = next(i)) {
            if (keys[i] == key) return values[i];
            if (keys[i] == FREE) return absent;
        }
    }

    void put(long key, long value) {
        if (key == FREE) throw new IllegalArgumentException("Long.MIN_VALUE is not a valid key");
        for (int i = slot(key); ; i = next(i)) {
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
            if (keys[i] == FREE) {
                keys[i] = key;
                values[i] = value;
                if (++size * 2 > keys.length) grow();
                return;
            }
        }
    }

    boolean remove(long key) {
        for (int i = slot(key); ; i = next(i)) {
            if (keys[i] == FREE) return false;
            if (keys[i] != key) continue;
            // backward-shift deletion: pull later entries of the probe run into the gap, so lookups need no tombstones
            int gap = i;
            for (int j = next(i); keys[j] != FREE; j = next(j)) {
                int home = slot(keys[j]);
                if (((j - home) & (keys.length - 1)) >= ((j - gap) & (keys.length - 1))) {
                    keys[gap] = keys[j];
                    values[gap] = values[j];
                    gap = j;
                }
            }
            keys[gap] = FREE;
            size--;
            return true;
        }
    }

    void clear() {
        Arrays.fill(keys, FREE);
        size = 0;
    }

    private int slot(long key) {
        return (int) ((key * GOLDEN) >>> shift);
    }

    private int next(int i) {
        return (i + 1) & (keys.length - 1);
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        allocate(keys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) put(oldKeys[i], oldValues[i]);
        }
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        values = new long[capacity];
        Arrays.fill(keys, FREE);
        size = 0;
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
    }
}
