package dev.gavel.server.submission;

import java.time.OffsetDateTime;

/** A {@code submissions} row. */
public record SubmissionRow(long id, Long userId, String username, long problemId, String problemSlug, Long contestId,
                            String language, String source, String status, String verdict, Double score, Long timeMs,
                            Long memoryKib, String compileOutput, String reason, String testsJson, String subtasksJson,
                            OffsetDateTime createdAt, OffsetDateTime judgedAt) {

    public boolean done() {
        return "done".equals(status);
    }

    /** This row as {@link SubmissionStore#saveResult} leaves it: done, with this result. */
    public SubmissionRow judged(String verdict, Double score, long timeMs, long memoryKib, String compileOutput,
                                String reason, String testsJson, String subtasksJson, OffsetDateTime judgedAt) {
        return new SubmissionRow(id, userId, username, problemId, problemSlug, contestId, language, source, "done",
                verdict, score, timeMs, memoryKib, compileOutput, reason, testsJson, subtasksJson, createdAt, judgedAt);
    }
}
