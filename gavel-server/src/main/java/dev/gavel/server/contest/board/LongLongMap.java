package dev.gavel.server.contest.board;

/**
 * A map of long to long by open addressing (linear probing), without the boxes and entry objects of a
 * {@code HashMap<Long, ...>}. Each key sits next to its value in one array, so a lookup in a large map costs one
 * cache miss (keys and values in two arrays cost two: a fifth of a board's write time went to those misses).
 * {@link Long#MIN_VALUE} is not a valid key. Not thread-safe.
 */
final class LongLongMap {

    private static final long FREE = Long.MIN_VALUE;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    // slot i: key at 2i, value at 2i + 1
    private long[] table;
    private int capacity;
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
            long k = table[2 * i];
            if (k == key) return table[2 * i + 1];
            if (k == FREE) return absent;
        }
    }

    void put(long key, long value) {
        if (key == FREE) throw new IllegalArgumentException("Long.MIN_VALUE is not a valid key");
        for (int i = slot(key); ; i = next(i)) {
            long k = table[2 * i];
            if (k == key) {
                table[2 * i + 1] = value;
                return;
            }
            if (k == FREE) {
                table[2 * i] = key;
                table[2 * i + 1] = value;
                if (++size * 2 > capacity) grow();
                return;
            }
        }
    }

    boolean remove(long key) {
        for (int i = slot(key); ; i = next(i)) {
            long k = table[2 * i];
            if (k == FREE) return false;
            if (k != key) continue;
            // backward-shift deletion: pull later entries of the probe run into the gap, so lookups need no tombstones
            int gap = i;
            for (int j = next(i); table[2 * j] != FREE; j = next(j)) {
                int home = slot(table[2 * j]);
                if (((j - home) & (capacity - 1)) >= ((j - gap) & (capacity - 1))) {
                    table[2 * gap] = table[2 * j];
                    table[2 * gap + 1] = table[2 * j + 1];
                    gap = j;
                }
            }
            table[2 * gap] = FREE;
            size--;
            return true;
        }
    }

    void clear() {
        markFree();
        size = 0;
    }

    private int slot(long key) {
        return (int) ((key * GOLDEN) >>> shift);
    }

    private int next(int i) {
        return (i + 1) & (capacity - 1);
    }

    private void grow() {
        long[] old = table;
        allocate(capacity * 2);
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != FREE) put(old[i], old[i + 1]);
        }
    }

    private void markFree() {
        for (int i = 0; i < table.length; i += 2) table[i] = FREE;
    }

    private void allocate(int slots) {
        table = new long[2 * slots];
        markFree();
        capacity = slots;
        size = 0;
        shift = 64 - Integer.numberOfTrailingZeros(slots);
    }
}
