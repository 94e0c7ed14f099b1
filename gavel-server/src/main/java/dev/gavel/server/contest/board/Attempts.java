package dev.gavel.server.contest.board;

import java.util.Arrays;

/**
 * One participant's submissions to one problem: the latest judgement of each submission, in submission order
 * (time, then submission id). Usually a handful, so a sorted array. Not thread-safe.
 */
final class Attempts {

    private Judgement[] items = new Judgement[2];
    private int size;

    int size() {
        return size;
    }

    Judgement get(int i) {
        return items[i];
    }

    /**
     * How many submissions were made before {@code millis}: being in time order, those at or after it (the ones a
     * frozen view hides) are the last {@code size() - visibleBefore(millis)}.
     */
    int visibleBefore(long millis) {
        int n = size;
        while (n > 0 && items[n - 1].atMillis() >= millis) n--;
        return n;
    }

    /** Adds the judgement, or replaces the submission's earlier one. */
    void put(Judgement j) {
        for (int i = 0; i < size; i++) {
            if (items[i].submission() != j.submission()) continue;
            if (items[i].atMillis() == j.atMillis()) {
                items[i] = j;
                return;
            }
            System.arraycopy(items, i + 1, items, i, size - i - 1);
            items[--size] = null;
            break;
        }
        int at = size;
        while (at > 0 && after(items[at - 1], j)) at--;
        if (size == items.length) items = Arrays.copyOf(items, size * 2);
        System.arraycopy(items, at, items, at + 1, size - at);
        items[at] = j;
        size++;
    }

    private static boolean after(Judgement a, Judgement b) {
        return a.atMillis() > b.atMillis() || (a.atMillis() == b.atMillis() && a.submission() > b.submission());
    }
}
