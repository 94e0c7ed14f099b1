/**
 * One-shot execution: compile one source file and run it once on a given stdin under given limits, reporting
 * everything a Judge0-style "run this code" API needs (output, compiler output, times, memory, how it ended). An
 * {@link dev.gavel.judge.execution.Executor} takes an {@link dev.gavel.judge.execution.ExecutionRequest} and gives
 * an {@link dev.gavel.judge.execution.ExecutionResult}; its {@link dev.gavel.judge.execution.ExecutionStatus} is
 * neutral (no Judge0 status ids: mapping them is the server's business). Knows nothing of HTTP or storage.
 */
package dev.gavel.judge.execution;
