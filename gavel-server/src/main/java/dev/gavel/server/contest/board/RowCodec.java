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
        Scanner in = new Scanner(text);
        int solved = (int) in.nextLong(',');
        double points = in.nextDouble(',');
        long penalty = in.nextLong(',');
        long lastAc = in.nextLong('|');
        List<Cell> cells = new ArrayList<>();
        while (!in.atEnd()) {
            int tries = (int) in.nextLong(',');
            int pending = (int) in.nextLong(',');
            int flags = (int) in.nextLong(',');
            long minute = in.nextLong(',');
            double score = in.nextDouble(';');
            cells.add(new Cell(tries, pending, (flags & SOLVED) != 0, minute, (flags & FIRST) != 0, score,
                    (flags & FROZEN) != 0));
        }
        return new Row(participant, solved, points, penalty, lastAc, cells);
    }

    /** Reads the fields of an encoded row in place: a row is decoded for every event and every row of a page. */
    private static final class Scanner {
        private final String text;
        private int at;

        Scanner(String text) {
            this.text = text;
        }

        boolean atEnd() {
            return at >= text.length();
        }

        /** The number up to {@code end} (or the end of the text); moves past the separator. */
        long nextLong(char end) {
            int stop = stop(end);
            long value = Long.parseLong(text, at, stop, 10);
            at = stop + 1;
            return value;
        }

        double nextDouble(char end) {
            int stop = stop(end);
            boolean whole = true;
            for (int i = at; i < stop && whole; i++) whole = Character.isDigit(text.charAt(i)) || text.charAt(i) == '-';
            double value = whole ? Long.parseLong(text, at, stop, 10) : Double.parseDouble(text.substring(at, stop));
            at = stop + 1;
            return value;
        }

        private int stop(char end) {
            int stop = text.indexOf(end, at);
            return stop < 0 ? text.length() : stop;
        }
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
