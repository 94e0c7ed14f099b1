package dev.gavel.server.clics;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * CLICS times: absolute ones (TIME) as ISO 8601 in UTC with milliseconds, {@code 2024-05-01T10:00:00.000Z}, and
 * relative ones (RELTIME) as {@code (-)h:mm:ss.uuu}. Milliseconds are always written: the specification asks for
 * the optional parts to be used consistently.
 */
final class ClicsTimes {

    private static final DateTimeFormatter ABSOLUTE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneOffset.UTC);

    private ClicsTimes() {
    }

    static String absolute(Instant at) {
        return at == null ? null : ABSOLUTE.format(at);
    }

    static String relative(Duration d) {
        if (d == null) return null;
        long millis = d.toMillis();
        String sign = millis < 0 ? "-" : "";
        millis = Math.abs(millis);
        return String.format("%s%d:%02d:%02d.%03d", sign, millis / 3_600_000, millis / 60_000 % 60,
                millis / 1000 % 60, millis % 1000);
    }

    /** Whole minutes of contest time, as the scoreboard counts them. */
    static long minutes(Duration d) {
        return Math.max(0, d.toMinutes());
    }
}
