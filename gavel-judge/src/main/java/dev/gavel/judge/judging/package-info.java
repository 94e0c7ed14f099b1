/**
 * The judging pipeline: a {@link dev.gavel.judge.judging.Judge} takes a prepared problem and a submission, compiles
 * it through the {@link dev.gavel.judge.language.Compiler}, runs each test in a sandbox from the pool with the
 * problem's limits, turns each run's ending into a verdict through {@link dev.gavel.judge.RunVerdicts}, checks the
 * output, and grades. Any judge-side failure becomes a System Error with a reason; no exception escapes and nothing is
 * blamed on the submission. Knows nothing of HTTP, storage or queues.
 */
package dev.gavel.judge.judging;
