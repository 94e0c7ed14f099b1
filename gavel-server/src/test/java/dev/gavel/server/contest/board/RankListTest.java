package dev.gavel.server.contest.board;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The order-statistic list against a sorted list, under random puts, moves and removes with many equal keys, while it
 * grows (blocks split), shrinks (blocks empty and merge) and grows again.
 */
class RankListTest {

    private record Item(long key, long id) {
    }

    private static final Comparator<Item> ORDER =
            Comparator.comparingLong(Item::key).reversed().thenComparingLong(Item::id);

    @Test
    void agreesWithASortedListUnderRandomOperations() {
        SplittableRandom random = new SplittableRandom(42);
        RankList<String> tree = new RankList<>();
        Map<Long, Long> keys = new HashMap<>();
        int[] removePercent = {10, 75, 10};
        for (int step = 0; step < 60_000; step++) {
            long id = random.nextInt(3_000);
            if (random.nextInt(100) < removePercent[step / 20_000]) {
                assertEquals(keys.remove(id) != null, tree.remove(id));
            } else {
                long key = random.nextInt(40); // few keys: many ties
                keys.put(id, key);
                tree.put(id, key, "v" + id + "@" + key);
            }
            if (step % 499 == 0) check(tree, keys, random);
        }
        check(tree, keys, random);
    }

    private static void check(RankList<String> tree, Map<Long, Long> keys, SplittableRandom random) {
        List<Item> oracle = new ArrayList<>();
        keys.forEach((id, key) -> oracle.add(new Item(key, id)));
        oracle.sort(ORDER);
        assertEquals(oracle.size(), tree.size());
        List<Item> all = new ArrayList<>();
        for (RankList.Entry<String> e : tree.range(0, Integer.MAX_VALUE)) {
            assertEquals("v" + e.id() + "@" + e.key(), e.value());
            all.add(new Item(e.key(), e.id()));
        }
        assertEquals(oracle, all);
        for (int i = 0; i < oracle.size(); i++) assertEquals(i, tree.position(oracle.get(i).id()));
        assertEquals(-1, tree.position(10_000));
        for (long key = -1; key <= 41; key++) {
            long k = key;
            assertEquals(oracle.stream().filter(x -> x.key() > k).count(), tree.countAbove(key));
        }
        int from = random.nextInt(Math.max(1, oracle.size() + 5));
        int count = random.nextInt(30);
        List<Item> slice = oracle.subList(Math.min(from, oracle.size()), Math.min(oracle.size(), from + count));
        assertEquals(slice, tree.range(from, count).stream().map(e -> new Item(e.key(), e.id())).toList());
    }
}
