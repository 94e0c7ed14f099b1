package dev.gavel.server.contest.board;

import java.util.List;

/**
 * One view's rows in rank order, held in this process: the in-memory store's, and the Redis store's copy that its
 * reads are served from. Not thread-safe; its owner locks.
 */
final class ViewRows {

    private final RankList<Row> list = new RankList<>();

    void put(long sortKey, Row row) {
        list.put(row.participant(), sortKey, row);
    }

    void clear() {
        list.clear();
    }

    int size() {
        return list.size();
    }

    /** Rank of a row with this key: one more than the rows strictly better. */
    int rankOf(long sortKey) {
        return list.countAbove(sortKey) + 1;
    }

    BoardPage page(int offset, int limit, long lastEventId) {
        if (offset < 0 || limit < 0) throw new IllegalArgumentException("offset and limit must be >= 0");
        List<RankList.Entry<Row>> entries = list.range(offset, limit);
        long[] keys = new long[entries.size()];
        Row[] rows = new Row[entries.size()];
        for (int i = 0; i < rows.length; i++) {
            keys[i] = entries.get(i).key();
            rows[i] = entries.get(i).value();
        }
        int firstRank = rows.length == 0 ? 0 : list.countAbove(keys[0]) + 1;
        return new BoardPage(list.size(), Ranking.consecutive(offset, firstRank, keys, rows), lastEventId);
    }

    BoardPage around(long participant, int radius, long lastEventId) {
        if (radius < 0) throw new IllegalArgumentException("radius must be >= 0");
        int position = list.position(participant);
        if (position < 0) return new BoardPage(list.size(), List.of(), lastEventId);
        int start = Math.max(0, position - radius);
        return page(start, position + radius - start + 1, lastEventId);
    }
}
