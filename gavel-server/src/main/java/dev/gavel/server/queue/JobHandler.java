package dev.gavel.server.queue;

/** Judges the jobs of one kind. */
public interface JobHandler {

    /** The job kind it judges, as stored in {@code jobs.kind}. */
    String kind();

    /**
     * Judges the job. Must not write the final result: it returns it, and the worker writes it only if the job's
     * lease is still held.
     */
    Outcome judge(Job job);

    /**
     * What judging a job came to.
     *
     * @param systemError the judge, not the program, failed: the job is judged again, up to the retry limit
     * @param reason      why, for a system error
     * @param write       stores the result; runs inside the transaction that completes the job
     * @param after       runs once the result is committed (push the final event), or null
     */
    record Outcome(boolean systemError, String reason, Runnable write, Runnable after) {

        public static Outcome done(Runnable write, Runnable after) {
            return new Outcome(false, "", write, after);
        }

        public static Outcome systemError(String reason, Runnable write, Runnable after) {
            return new Outcome(true, reason, write, after);
        }
    }
}
