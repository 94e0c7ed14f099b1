package dev.gavel.judge;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Short, printable excerpts of files and strings for messages: never more than asked, never an exception. */
public final class TextExcerpt {

    private TextExcerpt() {
    }

    /** The last {@code maxBytes} of a file, or empty if it is missing or unreadable. */
    public static String tail(Path file, int maxBytes) {
        if (file == null || !Files.isRegularFile(file)) return "";
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long len = f.length();
            int n = (int) Math.min(len, maxBytes);
            byte[] buf = new byte[n];
            f.seek(len - n);
            f.readFully(buf);
            return new String(buf, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** The first {@code maxBytes} of a file, or empty if it is missing or unreadable. */
    public static String head(Path file, int maxBytes) {
        if (file == null || !Files.isRegularFile(file)) return "";
        try (var in = Files.newInputStream(file)) {
            return new String(in.readNBytes(maxBytes), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** The text cut to {@code max} characters, marking the cut with an ellipsis. */
    public static String cut(String text, int max) {
        if (text == null) return "";
        return text.length() <= max ? text : text.substring(0, Math.max(0, max - 1)) + "…";
    }

    /** The first {@code lines} lines of a text, marking a cut. */
    public static String firstLines(String text, int lines) {
        if (text == null) return "";
        String[] all = text.strip().split("\n", -1);
        if (all.length <= lines) return text.strip();
        return String.join("\n", java.util.Arrays.asList(all).subList(0, lines)) + "\n…";
    }
}
