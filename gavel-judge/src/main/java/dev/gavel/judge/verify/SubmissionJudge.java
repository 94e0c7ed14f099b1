package dev.gavel.judge.verify;

import dev.gavel.judge.grading.JudgeResult;
import dev.gavel.judge.judging.Judge;
import dev.gavel.judge.judging.JudgeOptions;
import dev.gavel.judge.judging.PreparedProblem;
import dev.gavel.judge.judging.Submission;
import dev.gavel.judge.problem.PackageException;
import dev.gavel.judge.problem.Problem;

/** What verify needs of a judge: prepare a problem, judge a submission. */
public interface SubmissionJudge {

    PreparedProblem prepare(Problem problem) throws PackageException;

    JudgeResult judge(PreparedProblem problem, Submission submission, JudgeOptions options);

    /** The real {@link Judge}. */
    static SubmissionJudge of(Judge judge) {
        return new SubmissionJudge() {
            @Override
            public PreparedProblem prepare(Problem problem) throws PackageException {
                return judge.prepare(problem);
            }

            @Override
            public JudgeResult judge(PreparedProblem problem, Submission submission, JudgeOptions options) {
                return judge.judge(problem, submission, options, null);
            }
        };
    }
}
