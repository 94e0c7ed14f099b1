package dev.gavel.server.contest.board;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The codec's length must be exact (Lettuce writes it as the argument's length before the bytes), for any string a
 * namespace or a row could hold.
 */
class Utf8CodecTest {

    private static final List<String> TEXTS = List.of("", "0000000000000000042", "1,12,345,67|1,0,3,15,0;0,0,0,0,0",
            "gävel", "ß€", "日本語の順位表", "🏆 team", "x\uD83D", "\uDC00y", "\uD83D\uD83D\uDE00");

    @Test
    void theSizeGivenIsTheNumberOfBytesWritten() {
        Utf8Codec codec = Utf8Codec.INSTANCE;
        assertTrue(codec.isEstimateExact());
        for (String text : TEXTS) {
            byte[] expected = text.getBytes(StandardCharsets.UTF_8);
            ByteBuf written = Unpooled.buffer();
            codec.encodeValue(text, written);
            byte[] bytes = new byte[written.readableBytes()];
            written.readBytes(bytes);
            assertArrayEquals(expected, bytes, text);
            assertEquals(expected.length, codec.estimateSize(text), text);
            assertEquals(expected.length, codec.encodeKey(text).remaining(), text);
        }
    }

    @Test
    void wellFormedTextComesBackEqual() {
        Utf8Codec codec = Utf8Codec.INSTANCE;
        for (String text : TEXTS.subList(0, 7)) {
            assertEquals(text, codec.decodeValue(codec.encodeValue(text)));
            assertEquals(text, codec.decodeKey(codec.encodeKey(text)));
        }
    }
}
