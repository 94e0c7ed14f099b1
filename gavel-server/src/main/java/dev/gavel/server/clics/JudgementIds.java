package dev.gavel.server.clics;

/**
 * Judgement ids: {@code <submission id>-<round>}. Round 1 judges a submission when it is accepted; each rejudge is a
 * new round, so an earlier judgement is never changed once it has its verdict.
 */
final class JudgementIds {

    private JudgementIds() {
    }

    static String of(long submissionId, int round) {
        return submissionId + "-" + round;
    }

    static String submissionOf(String judgementId) {
        return judgementId.substring(0, separator(judgementId));
    }

    static int round(String judgementId) {
        return Integer.parseInt(judgementId.substring(separator(judgementId) + 1));
    }

    private static int separator(String judgementId) {
        int dash = judgementId.lastIndexOf('-');
        if (dash <= 0) throw new IllegalArgumentException("not a judgement id: " + judgementId);
        return dash;
    }
}
