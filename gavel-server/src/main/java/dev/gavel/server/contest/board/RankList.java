package dev.gavel.server.contest.board;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An order-statistic list of ids by key: higher keys first, equal keys by id ascending. Not thread-safe.
 *
 * <p>Theory of operation. The entries lie in sorted blocks of at most {@value #MAX_BLOCK}, each block three
 * primitive-friendly arrays (keys, ids, values); the last entry of every block is copied into two small arrays,
 * and a Fenwick tree counts the entries per block. Finding an entry is a binary search over the blocks' last
 * entries (a few kilobytes, which stay in cache) and one inside a block; the count of entries before it adds the
 * Fenwick prefix of its block. So put, remove, position and the count of higher keys are O(log n) searches plus a
 * copy of at most one block, with a handful of cache misses where a pointer tree takes one per level; and a rank
 * read right after a put finds its block still in cache. A full block splits in two, which rebuilds the per-block
 * arrays (O(n / block), once per many inserts); an emptied block goes, a small one merges into its neighbour.
 *
 * <p>{@link Long#MIN_VALUE} is not a valid key (no sort key comes near it).
 *
 * @param <V> the value kept with each id
 */
final class RankList<V> {

    /** An id's place in the order. */
    record Entry<V>(long key, long id, V value) {
    }

    private static final int MAX_BLOCK = 256;
    private static final int MIN_BLOCK = 32;
    private static final long ABSENT = Long.MIN_VALUE;

    private static final class Block {
        final long[] keys = new long[MAX_BLOCK];
        final long[] ids = new long[MAX_BLOCK];
        final Object[] values = new Object[MAX_BLOCK];
        int size;
    }

    private final List<Block> blocks = new ArrayList<>();
    private final LongLongMap keyOf = new LongLongMap();
    private long[] lastKeys = new long[0];
    private long[] lastIds = new long[0];
    // Fenwick tree (1-based) of the blocks' sizes
    private int[] counts = new int[1];

    int size() {
        return keyOf.size();
    }

    boolean contains(long id) {
        return keyOf.get(id, ABSENT) != ABSENT;
    }

    /** Inserts the id or moves it to its new key. */
    void put(long id, long key, V value) {
        if (key == ABSENT) throw new IllegalArgumentException("Long.MIN_VALUE is not a valid key");
        long old = keyOf.get(id, ABSENT);
        if (old == key) {
            Block block = blocks.get(blockOf(key, id));
            block.values[indexIn(block, key, id)] = value;
            return;
        }
        if (old != ABSENT) removeEntry(old, id);
        keyOf.put(id, key);
        insert(key, id, value);
    }

    boolean remove(long id) {
        long key = keyOf.get(id, ABSENT);
        if (key == ABSENT) return false;
        keyOf.remove(id);
        removeEntry(key, id);
        return true;
    }

    void clear() {
        blocks.clear();
        keyOf.clear();
        reindex();
    }

    /** The id's entry, or null. */
    @SuppressWarnings("unchecked")
    Entry<V> get(long id) {
        long key = keyOf.get(id, ABSENT);
        if (key == ABSENT) return null;
        Block block = blocks.get(blockOf(key, id));
        return new Entry<>(key, id, (V) block.values[indexIn(block, key, id)]);
    }

    /** How many ids come before this one (its 0-based position), or -1 when absent. */
    int position(long id) {
        long key = keyOf.get(id, ABSENT);
        if (key == ABSENT) return -1;
        return countBefore(key, id);
    }

    /** How many ids have a key strictly higher than {@code key}. */
    int countAbove(long key) {
        // (key, the lowest id) comes after every higher key and before every entry with this key
        return countBefore(key, Long.MIN_VALUE);
    }

    /** The entries at positions {@code from ..< from + count}, in order. */
    @SuppressWarnings("unchecked")
    List<Entry<V>> range(int from, int count) {
        List<Entry<V>> out = new ArrayList<>(Math.max(0, Math.min(count, size() - from)));
        if (from < 0 || count <= 0 || from >= size()) return out;
        int b = blockAtPosition(from);
        int i = from - prefix(b);
        while (out.size() < count && b < blocks.size()) {
            Block block = blocks.get(b);
            for (; i < block.size && out.size() < count; i++) {
                out.add(new Entry<>(block.keys[i], block.ids[i], (V) block.values[i]));
            }
            b++;
            i = 0;
        }
        return out;
    }

    private static boolean before(long key, long id, long otherKey, long otherId) {
        return key > otherKey || (key == otherKey && id < otherId);
    }

    /** The first block whose last entry is not before (key, id); the block count when there is none. */
    private int blockOf(long key, long id) {
        int lo = 0;
        int hi = blocks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (before(lastKeys[mid], lastIds[mid], key, id)) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The first index in the block whose entry is not before (key, id). */
    private static int lowerBound(Block block, long key, long id) {
        int lo = 0;
        int hi = block.size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (before(block.keys[mid], block.ids[mid], key, id)) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static int indexIn(Block block, long key, long id) {
        int i = lowerBound(block, key, id);
        if (i == block.size || block.keys[i] != key || block.ids[i] != id) {
            throw new IllegalStateException("id " + id + " is indexed but not in its block");
        }
        return i;
    }

    private int countBefore(long key, long id) {
        int b = blockOf(key, id);
        if (b == blocks.size()) return size();
        return prefix(b) + lowerBound(blocks.get(b), key, id);
    }

    private void insert(long key, long id, Object value) {
        if (blocks.isEmpty()) {
            Block first = new Block();
            first.keys[0] = key;
            first.ids[0] = id;
            first.values[0] = value;
            first.size = 1;
            blocks.add(first);
            reindex();
            return;
        }
        int b = Math.min(blockOf(key, id), blocks.size() - 1);
        Block block = blocks.get(b);
        int i = lowerBound(block, key, id);
        int tail = block.size - i;
        System.arraycopy(block.keys, i, block.keys, i + 1, tail);
        System.arraycopy(block.ids, i, block.ids, i + 1, tail);
        System.arraycopy(block.values, i, block.values, i + 1, tail);
        block.keys[i] = key;
        block.ids[i] = id;
        block.values[i] = value;
        block.size++;
        if (block.size == MAX_BLOCK) {
            split(b);
            return;
        }
        if (i == block.size - 1) setLast(b);
        add(b, 1);
    }

    private void removeEntry(long key, long id) {
        int b = blockOf(key, id);
        Block block = blocks.get(b);
        int i = indexIn(block, key, id);
        int tail = block.size - i - 1;
        System.arraycopy(block.keys, i + 1, block.keys, i, tail);
        System.arraycopy(block.ids, i + 1, block.ids, i, tail);
        System.arraycopy(block.values, i + 1, block.values, i, tail);
        block.size--;
        block.values[block.size] = null;
        if (block.size == 0) {
            blocks.remove(b);
            reindex();
        } else if (block.size < MIN_BLOCK && b + 1 < blocks.size()
                && block.size + blocks.get(b + 1).size <= MAX_BLOCK / 2) {
            merge(b);
        } else {
            if (i == block.size) setLast(b);
            add(b, -1);
        }
    }

    private void split(int b) {
        Block full = blocks.get(b);
        Block upper = new Block();
        int half = full.size / 2;
        upper.size = full.size - half;
        System.arraycopy(full.keys, half, upper.keys, 0, upper.size);
        System.arraycopy(full.ids, half, upper.ids, 0, upper.size);
        System.arraycopy(full.values, half, upper.values, 0, upper.size);
        Arrays.fill(full.values, half, full.size, null);
        full.size = half;
        blocks.add(b + 1, upper);
        reindex();
    }

    /** Appends block b + 1 to block b. */
    private void merge(int b) {
        Block into = blocks.get(b);
        Block from = blocks.remove(b + 1);
        System.arraycopy(from.keys, 0, into.keys, into.size, from.size);
        System.arraycopy(from.ids, 0, into.ids, into.size, from.size);
        System.arraycopy(from.values, 0, into.values, into.size, from.size);
        into.size += from.size;
        reindex();
    }

    private void setLast(int b) {
        Block block = blocks.get(b);
        lastKeys[b] = block.keys[block.size - 1];
        lastIds[b] = block.ids[block.size - 1];
    }

    /** Rebuilds the per-block arrays after blocks were added or removed. */
    private void reindex() {
        int n = blocks.size();
        lastKeys = new long[n];
        lastIds = new long[n];
        counts = new int[n + 1];
        for (int b = 0; b < n; b++) {
            setLast(b);
            counts[b + 1] = blocks.get(b).size;
        }
        // Fenwick tree built in place in O(n)
        for (int i = 1; i <= n; i++) {
            int parent = i + (i & -i);
            if (parent <= n) counts[parent] += counts[i];
        }
    }

    private void add(int b, int delta) {
        for (int i = b + 1; i < counts.length; i += i & -i) counts[i] += delta;
    }

    /** Entries in blocks {@code 0 ..< b}. */
    private int prefix(int b) {
        int sum = 0;
        for (int i = b; i > 0; i -= i & -i) sum += counts[i];
        return sum;
    }

    /** The block holding 0-based position {@code p} (which must be below the size). */
    private int blockAtPosition(int p) {
        int b = 0;
        int remaining = p;
        for (int step = Integer.highestOneBit(Math.max(1, counts.length - 1)); step > 0; step >>= 1) {
            int next = b + step;
            if (next < counts.length && counts[next] <= remaining) {
                b = next;
                remaining -= counts[next];
            }
        }
        return b;
    }
}
