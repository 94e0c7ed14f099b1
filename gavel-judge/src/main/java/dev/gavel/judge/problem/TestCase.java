package dev.gavel.judge.problem;

import java.nio.file.Path;

/**
 * One test: an input and the answer a correct program's output is compared with.
 *
 * @param name   path below {@code data/} without extension, e.g. {@code secret/03}
 * @param input  the {@code .in} file
 * @param answer the {@code .ans} file
 * @param sample whether the test lies under {@code data/sample}
 */
public record TestCase(String name, Path input, Path answer, boolean sample) implements TestNode {
}
