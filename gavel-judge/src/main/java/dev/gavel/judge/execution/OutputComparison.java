package dev.gavel.judge.execution;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Judge0's comparison of a program's stdout with {@code expected_output}.
 *
 * <p>The rule (Judge0's {@code IsolateJob}, which the API docs do not spell out): both texts are cut into lines at
 * {@code \n}; trailing whitespace is removed from every line; the lines are joined with {@code \n} again and trailing
 * whitespace is removed from the whole; the results must be equal byte for byte. So trailing spaces, a missing or
 * extra final newline, trailing blank lines and {@code \r\n} line ends do not matter; leading whitespace, blank lines
 * in between and spaces inside a line do. Whitespace is what Ruby's {@code rstrip} removes: space, {@code \t},
 * {@code \n}, vertical tab, {@code \f}, {@code \r} and NUL.
 *
 * <p>Two deliberate differences from Judge0: the comparison is on bytes, so invalid UTF-8 is normalised like any
 * text (Judge0 then compares unstripped); and an empty stdout equals an expected output that is empty or blank
 * (Judge0 stores an empty stdout as null, which equals nothing).
 */
public final class OutputComparison {

    private OutputComparison() {
    }

    /** Whether {@code actual} passes as {@code expected} under the rule above. */
    public static boolean matches(byte[] expected, byte[] actual) {
        return Arrays.equals(normalize(expected), normalize(actual));
    }

    /** The text with trailing whitespace removed from each line and from the end. */
    static byte[] normalize(byte[] text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length);
        int start = 0;
        while (start <= text.length) {
            int nl = start;
            while (nl < text.length && text[nl] != '\n') nl++;
            int end = nl;
            while (end > start && whitespace(text[end - 1])) end--;
            if (start > 0) out.write('\n');
            out.write(text, start, end - start);
            start = nl + 1;
        }
        byte[] joined = out.toByteArray();
        int end = joined.length;
        while (end > 0 && whitespace(joined[end - 1])) end--;
        return Arrays.copyOf(joined, end);
    }

    private static boolean whitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == 0x0B || b == '\f' || b == '\r' || b == 0;
    }
}
