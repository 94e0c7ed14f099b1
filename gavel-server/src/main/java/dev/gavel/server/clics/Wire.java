package dev.gavel.server.clics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * The CLICS objects as they go on the wire ({@link ClicsJson} writes them with snake_case names and leaves out
 * null properties, which the specification treats as absent). Times are already formatted ({@link ClicsTimes}).
 */
final class Wire {

    private Wire() {
    }

    record ApiInfo(String version, String versionUrl, Provider provider) {
    }

    record Provider(String name) {
    }

    /** {@code penaltyTime} only for a pass-fail (ICPC) contest, as the schema demands. */
    record ContestObject(String id, String name, String formalName, String startTime, String duration,
                         String scoreboardFreezeDuration, String scoreboardType, Integer penaltyTime) {
    }

    /** Every property is written, null or not: the schema requires them. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record StateObject(String started, String frozen, String ended, String thawed, String finalized,
                       String endOfUpdates) {
    }

    /** {@code maxScore} only for a score (IOI) contest. */
    record ProblemObject(String id, String label, String name, int ordinal, BigDecimal timeLimit, int testDataCount,
                         Double maxScore) {
    }

    record TeamObject(String id, String name, String label) {
    }

    record LanguageObject(String id, String name, boolean entryPointRequired, List<String> extensions) {
    }

    /** {@code penalty} only when the contest has penalty time. */
    record JudgementTypeObject(String id, String name, Boolean penalty, boolean solved) {
    }

    /**
     * {@code files} is always empty: Gavel does not serve submission files here (administrators read sources through
     * {@code /api/submissions/{id}}). {@code entryPoint} is always written (as null): the schema needs it for Java.
     */
    record SubmissionObject(String id, String languageId, String problemId, String teamId, String time,
                            String contestTime, @JsonInclude(JsonInclude.Include.ALWAYS) String entryPoint,
                            List<Object> files) {
    }

    /** Until the judgement ends, its type, end times, score and run time are absent. */
    record JudgementObject(String id, String submissionId, String judgementTypeId, Double score, String startTime,
                           String startContestTime, String endTime, String endContestTime, BigDecimal maxRunTime) {

        boolean done() {
            return judgementTypeId != null;
        }

        /** The same judgement as it looked when it started. */
        JudgementObject started() {
            return new JudgementObject(id, submissionId, null, null, startTime, startContestTime, null, null, null);
        }
    }

    record Scoreboard(String time, String contestTime, StateObject state, List<ScoreboardRow> rows) {
    }

    /** {@code problems} is absent while the audience may not see the problem set. */
    record ScoreboardRow(int rank, String teamId, RowScore score, List<ProblemResult> problems) {
    }

    /** pass-fail: {@code numSolved}, {@code totalTime} and the minute of the last solve; score: {@code score}. */
    record RowScore(Integer numSolved, Long totalTime, Double score, Long time) {
    }

    /**
     * pass-fail: {@code solved}, and {@code time} when solved ({@code firstToSolve} is Gavel's extension); score:
     * {@code score}, and {@code time} (the minute the score was reached) when above zero.
     */
    record ProblemResult(String problemId, int numJudged, int numPending, Boolean solved, Double score, Long time,
                         Boolean firstToSolve) {
    }

    record Access(List<String> capabilities, List<EndpointAccess> endpoints) {
    }

    record EndpointAccess(String type, List<String> properties) {
    }
}
