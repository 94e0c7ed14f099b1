/**
 * Turning per-test results into a submission's verdict and score: ICPC pass-fail (tests in order, the first failure
 * decides and the rest are skipped) and scoring problems (groups aggregated by sum, min, max or average as their
 * {@code testdata.yaml} says, accept and reject scores, a total, and each subtask's score: the groups directly below
 * {@code data/secret}, as {@link dev.gavel.judge.grading.Subtask}s). Every test's
 * {@link dev.gavel.judge.grading.TestResult} is kept, skipped ones too. The {@link dev.gavel.judge.grading.Grader} asks
 * a callback to run each test, so it decides which tests run; it does not know how a test is run or checked.
 */
package dev.gavel.judge.grading;
