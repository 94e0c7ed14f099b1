package dev.gavel.judge.judging;

import dev.gavel.judge.language.Executable;
import dev.gavel.judge.problem.Problem;

/**
 * A problem ready to judge submissions against: its output validator (if any) compiled once.
 *
 * @param problem   the problem
 * @param validator the compiled output validator, or null for the default comparison
 */
public record PreparedProblem(Problem problem, Executable validator) {
}
