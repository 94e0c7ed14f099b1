package dev.gavel.sandbox;

import java.util.Locale;

/** An amount of memory or data, in bytes. Parses the usual short forms: {@code 512}, {@code 64k}, {@code 256m}, {@code 2g}. */
public record ByteSize(long bytes) implements Comparable<ByteSize> {

    public static final ByteSize ZERO = new ByteSize(0);

    public ByteSize {
        if (bytes < 0) {
            throw new IllegalArgumentException("a size cannot be negative: " + bytes);
        }
    }

    public static ByteSize ofBytes(long bytes) {
        return new ByteSize(bytes);
    }

    public static ByteSize ofKiB(long kib) {
        return new ByteSize(Math.multiplyExact(kib, 1024L));
    }

    public static ByteSize ofMiB(long mib) {
        return new ByteSize(Math.multiplyExact(mib, 1024L * 1024));
    }

    public static ByteSize ofGiB(long gib) {
        return new ByteSize(Math.multiplyExact(gib, 1024L * 1024 * 1024));
    }

    /** Parses {@code 123}, {@code 123b}, {@code 64k}/{@code 64kib}, {@code 256m}/{@code 256mb}, {@code 2g}; case-insensitive. */
    public static ByteSize parse(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        int end = 0;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        if (end == 0) {
            throw new IllegalArgumentException("not a size: '" + text + "' (expected e.g. 512, 64k, 256m, 2g)");
        }
        long number = Long.parseLong(s.substring(0, end));
        String unit = s.substring(end);
        long factor = switch (unit) {
            case "", "b" -> 1L;
            case "k", "kb", "kib" -> 1024L;
            case "m", "mb", "mib" -> 1024L * 1024;
            case "g", "gb", "gib" -> 1024L * 1024 * 1024;
            default -> throw new IllegalArgumentException("unknown size unit '" + unit + "' in '" + text + "'");
        };
        return new ByteSize(Math.multiplyExact(number, factor));
    }

    public long kib() {
        return bytes / 1024;
    }

    public long mib() {
        return bytes / (1024 * 1024);
    }

    @Override
    public int compareTo(ByteSize other) {
        return Long.compare(bytes, other.bytes);
    }

    @Override
    public String toString() {
        if (bytes % (1024L * 1024 * 1024) == 0 && bytes > 0) return bytes / (1024L * 1024 * 1024) + "g";
        if (bytes % (1024L * 1024) == 0 && bytes > 0) return bytes / (1024L * 1024) + "m";
        if (bytes % 1024 == 0 && bytes > 0) return bytes / 1024 + "k";
        return Long.toString(bytes);
    }
}
