/**
 * The {@code gavel} command line (picocli): {@code verify}, {@code judge}, {@code sandbox check} and
 * {@code languages}. Wires the engine together ({@link dev.gavel.judge.cli.Engine}) and prints; holds no judging logic
 * of its own.
 */
package dev.gavel.judge.cli;
