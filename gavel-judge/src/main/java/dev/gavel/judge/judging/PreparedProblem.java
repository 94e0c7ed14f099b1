package dev.gavel.judge.judging;

import dev.gavel.judge.language.Executable;
import dev.gavel.judge.problem.Problem;

/**
 * A problem ready to judge submissions against: its output validator (if any) compiled once. Close it when no more
 * submissions will be judged against it (the compiled validator's files are removed).
 *
 * @param problem   the problem
 * @param validator the compiled output validator, or null for the default comparison
 */
public record PreparedProblem(Problem problem, Executable validator) implements AutoCloseable {

    @Override
    public void close() {
        if (validator != null) {
            try {
                validator.discard();
            } catch (RuntimeException ignored) {
                // a leftover directory of a compiled validator is not worth failing over
            }
        }
    }
}
