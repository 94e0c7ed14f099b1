/**
 * Kattis / ICPC problem packages, loaded from a directory or a zip into records: {@link dev.gavel.judge.problem.Problem}
 * with its {@link dev.gavel.judge.problem.ProblemLimits}, {@link dev.gavel.judge.problem.ValidationSpec} and the tree
 * of {@link dev.gavel.judge.problem.TestGroup}s and {@link dev.gavel.judge.problem.TestCase}s, each group carrying the
 * {@link dev.gavel.judge.problem.GradingSpec} of its {@code testdata.yaml}. Reads both the legacy format and the
 * 2023-07 draft. A malformed package is rejected as a whole by a {@link dev.gavel.judge.problem.PackageException} that
 * lists every problem found, each naming its file. This package runs nothing and knows nothing of sandboxes or verdicts.
 */
package dev.gavel.judge.problem;
