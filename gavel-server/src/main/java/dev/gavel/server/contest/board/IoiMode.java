package dev.gavel.server.contest.board;

/** How an IOI contest takes a problem's score from a participant's submissions. */
public enum IoiMode {
    /** The best total of any one submission. */
    BEST_SUBMISSION,
    /** The sum over subtasks of the best score of that subtask in any submission. */
    BEST_PER_SUBTASK
}
