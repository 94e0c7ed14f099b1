package dev.gavel.server.contest.board;

/**
 * A submission's state as the board takes it. The latest judgement recorded for a submission id replaces the
 * earlier ones (pending, then the result; a rejudge's result replaces the old one). A submission belongs to one
 * participant and one problem for good.
 *
 * @param participant a participant id, {@code >= 0}
 * @param problem     index into {@link BoardSpec#problems()}
 * @param atMillis    contest-elapsed time the submission was made, {@code >= 0}
 * @param score       IOI: the submission's score in the contest's points; ICPC ignores it
 * @param subtasks    IOI, {@link IoiMode#BEST_PER_SUBTASK}: the points of each subtask; may be empty, when the
 *                    submission counts with its score alone. Not copied: do not change it afterwards.
 */
public record Judgement(long participant, int problem, long submission, long atMillis, Outcome outcome, double score,
                        double[] subtasks) {

    private static final double[] NONE = new double[0];

    public Judgement {
        if (participant < 0) throw new IllegalArgumentException("participant ids are >= 0: " + participant);
        if (problem < 0) throw new IllegalArgumentException("problem index must be >= 0: " + problem);
        if (atMillis < 0) throw new IllegalArgumentException("atMillis must be >= 0: " + atMillis);
        if (outcome == null) throw new IllegalArgumentException("outcome is required");
        if (subtasks == null) subtasks = NONE;
    }

    /** An ICPC judgement (no score). */
    public static Judgement icpc(long participant, int problem, long submission, long atMillis, Outcome outcome) {
        return new Judgement(participant, problem, submission, atMillis, outcome, 0, NONE);
    }
}
