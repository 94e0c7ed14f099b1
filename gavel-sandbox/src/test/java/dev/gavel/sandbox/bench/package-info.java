/**
 * Benchmarks of the sandbox: programs with a {@code main} that print numbers next to their baseline. Not tests; run by
 * hand (see {@link dev.gavel.sandbox.bench.RunOverhead}).
 */
package dev.gavel.sandbox.bench;
