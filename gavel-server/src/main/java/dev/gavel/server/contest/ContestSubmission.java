package dev.gavel.server.contest;

import java.time.Instant;

/**
 * What the board needs of a contest submission; {@code participantId}: whom it counts for, the submitter's team or
 * else the submitter.
 */
public record ContestSubmission(long id, long participantId, long problemId, Instant createdAt, String status,
                                String verdict, Double score, String subtasksJson) {
}
