package dev.gavel.judge.checker;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Splits a byte stream into white-space separated tokens without loading it whole, remembering the white space before
 * each token and the line each token is on (for messages and for {@code space_change_sensitive}).
 */
final class TokenReader implements Closeable {

    private final InputStream in;
    private final StringBuilder space = new StringBuilder();
    private final ByteArrayOutputStream token = new ByteArrayOutputStream();
    private int pending = -2;
    private int line = 1;
    private int tokenLine = 1;
    private int count;

    TokenReader(InputStream in) {
        this.in = new BufferedInputStream(in, 1 << 16);
    }

    static boolean isSpace(int b) {
        return b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f' || b == 0x0b;
    }

    /** The next token, or null at the end; {@link #spaceBefore()} then holds the trailing white space. */
    String next() throws IOException {
        space.setLength(0);
        int b = read();
        while (b >= 0 && isSpace(b)) {
            space.append((char) b);
            if (b == '\n') line++;
            b = read();
        }
        if (b < 0) return null;
        tokenLine = line;
        token.reset();
        while (b >= 0 && !isSpace(b)) {
            token.write(b);
            b = read();
        }
        pending = b;
        count++;
        return token.toString(StandardCharsets.UTF_8);
    }

    private int read() throws IOException {
        if (pending != -2) {
            int p = pending;
            pending = -2;
            return p;
        }
        return in.read();
    }

    /** The white space read before the last token (or before the end). */
    String spaceBefore() {
        return space.toString();
    }

    /** Line of the last token, counting from 1. */
    int tokenLine() {
        return tokenLine;
    }

    /** How many tokens were read. */
    int count() {
        return count;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
