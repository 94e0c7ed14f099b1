package dev.gavel.server.contest.board;

/** A participant's first accepted submission to a problem; earlier (time, then submission id) sorts first. */
record Solve(long atMillis, long submission, long participant) implements Comparable<Solve> {
    @Override
    public int compareTo(Solve o) {
        int c = Long.compare(atMillis, o.atMillis);
        if (c == 0) c = Long.compare(submission, o.submission);
        return c != 0 ? c : Long.compare(participant, o.participant);
    }
}
