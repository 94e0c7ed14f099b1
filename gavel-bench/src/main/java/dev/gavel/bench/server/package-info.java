/**
 * Benchmarks of the Gavel server, started as a child process from the built jars: accept throughput and latency
 * ({@code submit}), pipeline overhead ({@code pipeline}) and a burst of mixed verdicts end to end ({@code e2e}).
 */
package dev.gavel.bench.server;
