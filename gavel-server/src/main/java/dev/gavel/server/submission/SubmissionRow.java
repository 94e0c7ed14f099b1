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
}
