package dev.gavel.server.contest;

import java.time.Instant;

/** What the board needs of a contest submission. */
public record ContestSubmission(long id, long userId, long problemId, Instant createdAt, String status,
                                String verdict, Double score, String subtasksJson) {
}
