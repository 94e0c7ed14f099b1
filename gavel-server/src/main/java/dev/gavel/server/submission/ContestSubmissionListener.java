package dev.gavel.server.submission;

import java.util.List;

/**
 * Told when a contest submission's state changes (accepted, judged, queued for a rejudge); the contest's board reads
 * the submission again and moves its row.
 */
public interface ContestSubmissionListener {

    /** Inside the transaction that makes the change, before it commits: for what must commit with it. */
    default void changing(long contestId, long submissionId) {
    }

    /** {@link #changing} for several submissions of one transaction, each with its contest. */
    default void changingAll(List<SubmissionChange> changes) {
        changes.forEach(c -> changing(c.contestId(), c.submissionId()));
    }

    /** A changed contest submission: its contest and its id. */
    record SubmissionChange(long contestId, long submissionId) {
    }

    /** After the change is committed. */
    void changed(long contestId, long submissionId);
}
