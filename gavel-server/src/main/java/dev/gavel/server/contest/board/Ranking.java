package dev.gavel.server.contest.board;

import java.util.ArrayList;
import java.util.List;

/** Ranks of consecutive rows, in both stores. */
final class Ranking {

    private Ranking() {
    }

    /**
     * Ranks rows listed from 0-based position {@code start}, the first having rank {@code firstRank}: a row with the
     * key of the one before shares its rank, any other row ranks by its position (every row above it is better).
     */
    static List<RankedRow> consecutive(int start, int firstRank, long[] keys, Row[] rows) {
        List<RankedRow> out = new ArrayList<>(rows.length);
        int rank = firstRank;
        for (int i = 0; i < rows.length; i++) {
            if (i > 0 && keys[i] != keys[i - 1]) rank = start + i + 1;
            out.add(new RankedRow(rank, rows[i]));
        }
        return out;
    }
}
