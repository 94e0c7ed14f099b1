package dev.gavel.server.submission;

import java.time.OffsetDateTime;
import dev.gavel.judge.grading.Subtask;
import java.util.List;

/**
 * A submission as the API shows it.
 *
 * @param status  {@code queued}, {@code compiling}, {@code running} or {@code done}
 * @param test    while running: the number of the test being run; else null
 * @param tests   while running: the number of tests; when done, the number judged; else null
 * @param verdict when done: AC, WA, TLE, MLE, OLE, RE, CE or SE
 * @param reason  why the verdict is not Accepted, in words
 * @param results per-test results, when done
 * @param subtasks a scoring problem's subtasks (the groups of its secret data) and their scores, when done
 */
public record SubmissionView(long id, String problem, String language, String user, String status, Integer test,
                             Integer tests, String verdict, String verdictTitle, Double score, Long timeMs,
                             Long memoryKib, String compileOutput, String reason, List<TestView> results,
                             List<Subtask> subtasks,
                             OffsetDateTime createdAt, OffsetDateTime judgedAt) {
}
