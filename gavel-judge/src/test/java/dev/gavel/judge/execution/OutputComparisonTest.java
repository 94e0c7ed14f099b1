package dev.gavel.judge.execution;

import dev.gavel.sandbox.ByteSize;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputComparisonTest {

    private static boolean matches(String expected, String actual) {
        return OutputComparison.matches(expected.getBytes(StandardCharsets.UTF_8),
                actual.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void trailingWhitespaceOfLinesAndOfTheEndDoesNotMatter() {
        assertTrue(matches("hello, world", "hello, world\n"));
        assertTrue(matches("hello, world\n", "hello, world"));
        assertTrue(matches("1 2 3\n4 5 6\n", "1 2 3   \n4 5 6\t\n\n\n"));
        assertTrue(matches("a\nb", "a\r\nb\r\n"));
        assertTrue(matches("a\n", "a \u000b\f\r\0\n  \n"));
        assertTrue(matches("", ""));
        assertTrue(matches("\n \n", ""));
        assertTrue(matches("", "\n\n"));
    }

    @Test
    void leadingWhitespaceBlankLinesInBetweenAndInnerSpacesDo() {
        assertFalse(matches("a", " a"));
        assertFalse(matches("a\nb", "a\n\nb"));
        assertFalse(matches("a b", "a  b"));
        assertFalse(matches("a\nb", "a b"));
        assertFalse(matches("ab", "a\nb"));
        assertFalse(matches("1", "2"));
        assertFalse(matches("a", ""));
        assertFalse(matches("", "a"));
        assertFalse(matches("Hello", "hello"));
    }

    @Test
    void bytesThatAreNotUtf8AreComparedAsTheyAre() {
        byte[] expected = {(byte) 0xFE, 'x', '\n'};
        assertTrue(OutputComparison.matches(expected, new byte[] {(byte) 0xFE, 'x', ' '}));
        assertFalse(OutputComparison.matches(expected, new byte[] {(byte) 0xFF, 'x'}));
    }

    @Test
    void aResultWithoutExpectedOutputMatches() {
        ExecutionResult r = new ExecutionResult(new ExecutionStatus.Exited(0), "", "42\n".getBytes(), null,
                Duration.ZERO, Duration.ZERO, ByteSize.ZERO, 0, null, "");
        assertTrue(r.outputMatches(null));
        assertTrue(r.outputMatches("42".getBytes()));
        assertFalse(r.outputMatches("43".getBytes()));
    }
}
