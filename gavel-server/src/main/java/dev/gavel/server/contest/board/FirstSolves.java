package dev.gavel.server.contest.board;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** ICPC's first to solve of one problem in one view: every participant's first accepted submission, earliest first. */
final class FirstSolves {

    static final long NONE = -1;

    private final TreeSet<Solve> order = new TreeSet<>();
    private final Map<Long, Solve> byParticipant = new HashMap<>();

    /** The participant marked first to solve, or {@link #NONE}. */
    long winner() {
        return order.isEmpty() ? NONE : order.first().participant();
    }

    /** Sets (or, with null, removes) a participant's first accepted submission. */
    void set(long participant, Solve solve) {
        Solve old = solve == null ? byParticipant.remove(participant) : byParticipant.put(participant, solve);
        if (Objects.equals(old, solve)) return;
        if (old != null) order.remove(old);
        if (solve != null) order.add(solve);
    }
}
