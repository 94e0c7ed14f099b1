package dev.gavel.judge.checker;

import dev.gavel.sandbox.RunLimits;
import dev.gavel.sandbox.RunOutcome;
import dev.gavel.sandbox.Sandbox;

import java.io.IOException;

/**
 * A package's own output validator, run in the sandbox under the Kattis protocol: the program's output on standard
 * input, exit 42 accepted, 43 wrong answer, anything else (or a crash, or running out of its limits) a judge error.
 *
 * @param sandbox   where the validator runs (the submission's sandbox, between the submission's runs)
 * @param box       the validator's prepared work directory
 * @param limits    the validator's own limits ({@code validation_time}, {@code validation_memory})
 * @param readScore read {@code score.txt} (scoring problems)
 */
public record ValidatorChecker(Sandbox sandbox, ValidatorBox box, RunLimits limits, boolean readScore)
        implements Checker {

    @Override
    public CheckResult check(CheckInput input) {
        try {
            box.reset(input.input(), input.answer());
        } catch (IOException e) {
            return new CheckResult.JudgeError("cannot prepare the output validator's files: " + e.getMessage());
        }
        RunOutcome outcome;
        try {
            outcome = sandbox.run(box.spec(input.flags(), limits).withStdin(input.output())
                    .withStdout(box.stdoutFile()));
        } catch (RuntimeException e) {
            return new CheckResult.JudgeError("cannot run the output validator: " + e);
        }
        return box.interpret(outcome, readScore);
    }
}
