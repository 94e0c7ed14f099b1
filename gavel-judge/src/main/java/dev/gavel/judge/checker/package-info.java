/**
 * Deciding whether one run's output is right: {@link dev.gavel.judge.checker.Checker#check} takes the test's input,
 * answer and the program's output and returns a {@link dev.gavel.judge.checker.CheckResult}. The
 * {@link dev.gavel.judge.checker.DefaultChecker} is the Kattis default validator (tokens, case and space flags, float
 * tolerances); {@link dev.gavel.judge.checker.ValidatorChecker} runs a package's own output validator in the sandbox
 * under the Kattis protocol (exit 42 accepted, 43 wrong answer, anything else a judge error). A validator's failure is
 * never blamed on the submission. This package does not know how tests are ordered or graded.
 */
package dev.gavel.judge.checker;
