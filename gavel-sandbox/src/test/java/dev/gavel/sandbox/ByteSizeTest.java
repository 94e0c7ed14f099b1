package dev.gavel.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ByteSizeTest {

    @Test
    void parsesUnits() {
        assertEquals(512, ByteSize.parse("512").bytes());
        assertEquals(512, ByteSize.parse("512b").bytes());
        assertEquals(64 * 1024, ByteSize.parse("64k").bytes());
        assertEquals(64 * 1024, ByteSize.parse("64KiB").bytes());
        assertEquals(256L << 20, ByteSize.parse("256m").bytes());
        assertEquals(256L << 20, ByteSize.parse(" 256 MB ").bytes());
        assertEquals(2L << 30, ByteSize.parse("2g").bytes());
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> ByteSize.parse("m"));
        assertThrows(IllegalArgumentException.class, () -> ByteSize.parse("12q"));
        assertThrows(IllegalArgumentException.class, () -> ByteSize.parse("-1k"));
        assertThrows(ArithmeticException.class, () -> ByteSize.parse("99999999999999g"));
    }

    @Test
    void printsShortestForm() {
        assertEquals("256m", ByteSize.ofMiB(256).toString());
        assertEquals("3k", ByteSize.ofKiB(3).toString());
        assertEquals("1000", ByteSize.ofBytes(1000).toString());
        assertEquals(ByteSize.ofKiB(1024), ByteSize.parse(ByteSize.ofMiB(1).toString()));
    }
}
