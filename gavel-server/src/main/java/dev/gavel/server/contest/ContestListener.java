package dev.gavel.server.contest;

/**
 * Told after a change of a contest (not of its submissions: see
 * {@link dev.gavel.server.submission.ContestSubmissionListener}) is committed. Several listeners may exist; each is
 * called on the thread that made the change, so a listener hands slow work to a thread of its own.
 */
public interface ContestListener {

    /** The contest was created or redefined. */
    void defined(Contest contest);

    /** A user became a participant. */
    void participantAdded(Contest contest, long userId);

    /** The public board was unfrozen: it shows every result from now on. */
    void unfrozen(Contest contest);
}
