package dev.gavel.server.contest;

import java.util.Locale;

/** Where a contest is in its life, at some instant. */
public enum ContestPhase {
    UPCOMING, RUNNING, ENDED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
