package dev.gavel.server.submission;

/**
 * Told when a contest submission's state changed (accepted, judged, queued for a rejudge), after the change is
 * committed; the contest's board reads the submission again and moves its row.
 */
public interface ContestSubmissionListener {

    void changed(long contestId, long submissionId);
}
