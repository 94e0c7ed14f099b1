package dev.gavel.server.contest.board;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * An order-statistic treap of ids by key: higher keys first, equal keys by id ascending. Every node keeps the size
 * of its subtree, so put, remove, position, the count of higher keys and a range from a position are all
 * O(log n) (plus the range's length). Not thread-safe.
 *
 * @param <V> the value kept with each id
 */
final class RankTree<V> {

    /** An id's place in the order. */
    record Entry<V>(long key, long id, V value) {
    }

    private static final class Node<V> {
        final long key;
        final long id;
        final int priority;
        int size = 1;
        Node<V> left;
        Node<V> right;
        V value;

        Node(long key, long id, int priority, V value) {
            this.key = key;
            this.id = id;
            this.priority = priority;
            this.value = value;
        }
    }

    private final Map<Long, Node<V>> byId = new HashMap<>();
    private final SplittableRandom random;
    private Node<V> root;
    // the two halves of the last split (the tree is single-threaded, so fields spare an allocation per split)
    private Node<V> splitBefore;
    private Node<V> splitAfter;

    RankTree(long seed) {
        this.random = new SplittableRandom(seed);
    }

    int size() {
        return byId.size();
    }

    boolean contains(long id) {
        return byId.containsKey(id);
    }

    /** Inserts the id or moves it to its new key. */
    void put(long id, long key, V value) {
        Node<V> node = byId.get(id);
        if (node != null && node.key == key) {
            node.value = value;
            return;
        }
        if (node != null) root = remove(root, node.key, id);
        node = new Node<>(key, id, random.nextInt(), value);
        byId.put(id, node);
        root = insert(root, node);
    }

    boolean remove(long id) {
        Node<V> node = byId.remove(id);
        if (node == null) return false;
        root = remove(root, node.key, id);
        return true;
    }

    void clear() {
        byId.clear();
        root = null;
    }

    /** The id's entry, or null. */
    Entry<V> get(long id) {
        Node<V> node = byId.get(id);
        return node == null ? null : new Entry<>(node.key, node.id, node.value);
    }

    /** How many ids come before this one (its 0-based position), or -1 when absent. */
    int position(long id) {
        Node<V> node = byId.get(id);
        if (node == null) return -1;
        int before = 0;
        for (Node<V> t = root; t != null; ) {
            if (t == node) return before + size(t.left);
            if (before(t.key, t.id, node.key, node.id)) {
                before += size(t.left) + 1;
                t = t.right;
            } else {
                t = t.left;
            }
        }
        throw new IllegalStateException("id " + id + " is indexed but not in the tree");
    }

    /** How many ids have a key strictly higher than {@code key}. */
    int countAbove(long key) {
        int count = 0;
        for (Node<V> t = root; t != null; ) {
            if (t.key > key) {
                count += size(t.left) + 1;
                t = t.right;
            } else {
                t = t.left;
            }
        }
        return count;
    }

    /** The entries at positions {@code from ..< from + count}, in order. */
    List<Entry<V>> range(int from, int count) {
        List<Entry<V>> out = new ArrayList<>(Math.max(0, Math.min(count, size() - from)));
        if (from < 0 || count <= 0) return out;
        collect(root, 0, from, (int) Math.min((long) from + count, Integer.MAX_VALUE), out);
        return out;
    }

    private void collect(Node<V> t, int base, int from, int to, List<Entry<V>> out) {
        if (t == null || base >= to || base + t.size <= from) return;
        int at = base + size(t.left);
        collect(t.left, base, from, to, out);
        if (at >= from && at < to) out.add(new Entry<>(t.key, t.id, t.value));
        collect(t.right, at + 1, from, to, out);
    }

    private static boolean before(long key, long id, long otherKey, long otherId) {
        return key > otherKey || (key == otherKey && id < otherId);
    }

    private static int size(Node<?> t) {
        return t == null ? 0 : t.size;
    }

    private static <V> Node<V> fix(Node<V> t) {
        t.size = 1 + size(t.left) + size(t.right);
        return t;
    }

    private Node<V> insert(Node<V> t, Node<V> node) {
        if (t == null) return node;
        if (node.priority > t.priority) {
            split(t, node.key, node.id);
            node.left = splitBefore;
            node.right = splitAfter;
            return fix(node);
        }
        if (before(node.key, node.id, t.key, t.id)) t.left = insert(t.left, node);
        else t.right = insert(t.right, node);
        return fix(t);
    }

    /** Splits {@code t} into the entries before (key, id) and the rest. */
    private void split(Node<V> t, long key, long id) {
        if (t == null) {
            splitBefore = null;
            splitAfter = null;
        } else if (before(t.key, t.id, key, id)) {
            split(t.right, key, id);
            t.right = splitBefore;
            splitBefore = fix(t);
        } else {
            split(t.left, key, id);
            t.left = splitAfter;
            splitAfter = fix(t);
        }
    }

    private Node<V> remove(Node<V> t, long key, long id) {
        if (t == null) throw new IllegalStateException("id " + id + " is indexed but not in the tree");
        if (t.key == key && t.id == id) return merge(t.left, t.right);
        if (before(key, id, t.key, t.id)) t.left = remove(t.left, key, id);
        else t.right = remove(t.right, key, id);
        return fix(t);
    }

    /** Joins two treaps, every entry of {@code a} before every entry of {@code b}. */
    private Node<V> merge(Node<V> a, Node<V> b) {
        if (a == null) return b;
        if (b == null) return a;
        if (a.priority > b.priority) {
            a.right = merge(a.right, b);
            return fix(a);
        }
        b.left = merge(a, b.left);
        return fix(b);
    }
}
