package dev.gavel.server.submission;

/**
 * A change of a submission's state, pushed to its watchers.
 *
 * @param userId the submitter (WebSocket clients get their own submissions' events)
 * @param view   the submission as it is now
 */
public record SubmissionEvent(Long userId, SubmissionView view) {

    public boolean last() {
        return "done".equals(view.status());
    }

    /** The SSE event name: {@code progress} until done, then {@code verdict}. */
    public String name() {
        return last() ? "verdict" : "progress";
    }
}
