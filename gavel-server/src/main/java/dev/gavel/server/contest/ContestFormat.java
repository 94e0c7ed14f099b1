package dev.gavel.server.contest;

import java.util.Locale;

/** How a contest is scored: ICPC (solved, then penalty time) or IOI (sum of points). */
public enum ContestFormat {
    ICPC, IOI;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ContestFormat parse(String text) {
        for (ContestFormat f : values()) {
            if (f.label().equalsIgnoreCase(text)) return f;
        }
        throw new IllegalArgumentException("format is 'icpc' or 'ioi', got '" + text + "'");
    }
}
