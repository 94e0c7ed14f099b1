package dev.gavel.server.clics;

import java.time.Instant;

/**
 * What the CLICS API needs of a contest submission.
 *
 * @param status    queued, judging or done (a rejudge sets a done one back to queued)
 * @param participantId whom it counts for (its CLICS team): the submitter's team, else the submitter
 * @param verdict   the latest verdict (kept while a rejudge runs); null before the first
 * @param judgedAt  when the latest verdict was written
 * @param subtasksJson the latest verdict's subtask scores (IOI), as the submissions table keeps them
 */
record ClicsSubmission(long id, long participantId, long problemId, String language, Instant createdAt, String status,
                       String verdict, Double score, Long timeMs, Instant judgedAt, String subtasksJson) {

    /** Judged, and not being judged again. */
    boolean done() {
        return "done".equals(status) && verdict != null && judgedAt != null;
    }
}
