package dev.gavel.server.contest.board;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows as the Redis store keeps them: {@code solved,points,penalty,lastAc|cell;cell;...}, a cell being
 * {@code tries,pending,flags,solvedMinute,score} with flags 1 = solved, 2 = first to solve, 4 = frozen.
 * The participant is the member name, not part of the text.
 */
final class RowCodec {

    private static final int SOLVED = 1;
    private static final int FIRST = 2;
    private static final int FROZEN = 4;

    private RowCodec() {
    }

    static String encode(Row row) {
        StringBuilder out = new StringBuilder(16 + 12 * row.cells().size());
        out.append(row.solved()).append(',');
        number(out, row.points()).append(',').append(row.penaltyMinutes()).append(',').append(row.lastAcMinute());
        char separator = '|';
        for (Cell c : row.cells()) {
            int flags = (c.solved() ? SOLVED : 0) | (c.firstToSolve() ? FIRST : 0) | (c.frozen() ? FROZEN : 0);
            out.append(separator).append(c.tries()).append(',').append(c.pending()).append(',').append(flags)
                    .append(',').append(c.solvedMinute()).append(',');
            number(out, c.score());
            separator = ';';
        }
        return out.toString();
    }

    static Row decode(long participant, String text) {
        int bar = text.indexOf('|');
        String[] head = (bar < 0 ? text : text.substring(0, bar)).split(",");
        List<Cell> cells = new ArrayList<>();
        if (bar >= 0) {
            for (String cell : text.substring(bar + 1).split(";")) {
                String[] f = cell.split(",");
                int flags = Integer.parseInt(f[2]);
                cells.add(new Cell(Integer.parseInt(f[0]), Integer.parseInt(f[1]), (flags & SOLVED) != 0,
                        Long.parseLong(f[3]), (flags & FIRST) != 0, Double.parseDouble(f[4]), (flags & FROZEN) != 0));
            }
        }
        return new Row(participant, Integer.parseInt(head[0]), Double.parseDouble(head[1]), Long.parseLong(head[2]),
                Long.parseLong(head[3]), cells);
    }

    /** Participant ids as member names, zero-padded so that Redis lists equal scores by id. */
    static String member(long participant) {
        String digits = Long.toString(participant);
        return "0".repeat(19 - digits.length()) + digits;
    }

    private static StringBuilder number(StringBuilder out, double value) {
        // whole numbers without ".0"; anything else exactly as Java prints it (it parses back to the same double)
        if (value == Math.rint(value) && Math.abs(value) < 1e15) return out.append((long) value);
        return out.append(value);
    }
}
