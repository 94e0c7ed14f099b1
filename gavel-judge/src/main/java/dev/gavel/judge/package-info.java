/**
 * The judge engine: languages, compilation, problem packages, checkers, grading and the {@code gavel} command line.
 * Runs programs only through {@code dev.gavel.sandbox}; knows nothing of HTTP, databases or queues.
 */
package dev.gavel.judge;
