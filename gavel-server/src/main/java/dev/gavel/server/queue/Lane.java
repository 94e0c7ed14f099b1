package dev.gavel.server.queue;

/** Queue lanes, most urgent first; each gets a share of the workers by its weight, so none ever starves. */
public enum Lane {
    CONTEST, PRACTICE, EXECUTION, REJUDGE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Lane of(int ordinal) {
        return values()[ordinal];
    }
}
