package dev.gavel.server.contest.board;

/** What the board makes of a submission's state. */
public enum Outcome {
    /** Queued or being judged. */
    PENDING,
    ACCEPTED,
    /** Wrong answer, time, memory or output limit, run-time error...: a try that counts. */
    REJECTED,
    /** Compile error or a judge (system) error: not a try, never a penalty. */
    IGNORED
}
