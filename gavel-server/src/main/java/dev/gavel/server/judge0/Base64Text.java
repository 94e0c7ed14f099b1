package dev.gavel.server.judge0;

import java.util.Base64;

/** Base64 as Judge0 (Ruby's {@code Base64.encode64}) writes it: lines of 60 characters, each ending in a newline. */
final class Base64Text {

    private static final int LINE = 60;

    private Base64Text() {
    }

    static String encode(byte[] bytes) {
        String plain = Base64.getEncoder().encodeToString(bytes);
        StringBuilder out = new StringBuilder(plain.length() + plain.length() / LINE + 1);
        for (int i = 0; i < plain.length(); i += LINE) {
            out.append(plain, i, Math.min(plain.length(), i + LINE)).append('\n');
        }
        return out.toString();
    }

    /** Decodes, ignoring line breaks and other whitespace; throws IllegalArgumentException on anything else. */
    static byte[] decode(String text) {
        return Base64.getDecoder().decode(text.replaceAll("\\s+", ""));
    }
}
