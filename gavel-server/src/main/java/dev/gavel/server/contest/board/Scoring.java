package dev.gavel.server.contest.board;

/** How a contest ranks its participants. */
public sealed interface Scoring {

    /**
     * ICPC: problems solved, then penalty minutes (minute of the first accepted submission plus
     * {@code penaltyMinutes} per earlier rejected one), then the minute of the last accepted submission.
     */
    record Icpc(int penaltyMinutes) implements Scoring {
        public static final int DEFAULT_PENALTY_MINUTES = 20;

        public Icpc {
            if (penaltyMinutes < 0) throw new IllegalArgumentException("penaltyMinutes must be >= 0: " + penaltyMinutes);
        }

        public Icpc() {
            this(DEFAULT_PENALTY_MINUTES);
        }
    }

    /** IOI: the sum over problems of the best score, as {@code mode} takes it; equal totals share a rank. */
    record Ioi(IoiMode mode) implements Scoring {
        public Ioi {
            if (mode == null) throw new IllegalArgumentException("mode is required");
        }
    }
}
