package dev.gavel.server.contest.board;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows as Redis keeps them come back equal, awkward numbers included. */
class RowCodecTest {

    @Test
    void rowsSurviveTheRoundTrip() {
        Row icpc = new Row(42, 2, 2, 75, 40, List.of(new Cell(2, 0, true, 15, false, 0, false),
                new Cell(1, 0, true, 40, true, 0, false), new Cell(0, 3, false, 0, false, 0, true), Cell.EMPTY));
        assertEquals(icpc, RowCodec.decode(42, RowCodec.encode(icpc)));
        Row ioi = new Row(7, 1, 33.3 + 33.3 + 33.4 + 1e-7, 0, 0, List.of(new Cell(3, 1, false, 0, false, 33.3, true),
                new Cell(1, 0, true, 0, false, 100, false), new Cell(1, 0, false, 0, false, 1e-7, false),
                new Cell(1, 0, false, 0, false, -2.5, false)));
        assertEquals(ioi, RowCodec.decode(7, RowCodec.encode(ioi)));
        Row empty = new Row(0, 0, 0, 0, 0, List.of());
        assertEquals(empty, RowCodec.decode(0, RowCodec.encode(empty)));
        assertEquals("0000000000000000042", RowCodec.member(42));
    }
}
