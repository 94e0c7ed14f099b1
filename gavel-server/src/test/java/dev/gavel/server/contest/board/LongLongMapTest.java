package dev.gavel.server.contest.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The open-addressing map against a HashMap, with keys that crowd a few slots (long probe runs, shifted removals). */
class LongLongMapTest {

    @Test
    void agreesWithAHashMap() {
        SplittableRandom random = new SplittableRandom(5);
        LongLongMap map = new LongLongMap();
        Map<Long, Long> oracle = new HashMap<>();
        for (int step = 0; step < 200_000; step++) {
            // multiples of 2^40 differ only in high bits; negative keys too
            long key = random.nextBoolean() ? random.nextInt(2_000) - 1_000 : (long) random.nextInt(64) << 40;
            switch (random.nextInt(3)) {
                case 0 -> {
                    long value = random.nextLong();
                    map.put(key, value);
                    oracle.put(key, value);
                }
                case 1 -> assertEquals(oracle.remove(key) != null, map.remove(key));
                default -> assertEquals(oracle.getOrDefault(key, -7L), map.get(key, -7L));
            }
            assertEquals(oracle.size(), map.size());
        }
        oracle.forEach((k, v) -> assertEquals(v, map.get(k, -7L)));
        map.clear();
        assertEquals(0, map.size());
        assertEquals(-7L, map.get(oracle.keySet().iterator().next(), -7L));
        assertThrows(IllegalArgumentException.class, () -> map.put(Long.MIN_VALUE, 1));
    }
}
