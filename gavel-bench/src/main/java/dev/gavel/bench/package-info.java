/**
 * Reproducible benchmarks. Each prints its figures beside a baseline measured in the same run; none asserts a time.
 * Uses only the public APIs of the other modules.
 */
package dev.gavel.bench;
