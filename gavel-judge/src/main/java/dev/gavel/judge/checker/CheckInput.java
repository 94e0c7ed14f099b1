package dev.gavel.judge.checker;

import java.nio.file.Path;
import java.util.List;

/**
 * What a checker looks at for one test.
 *
 * @param input  the test's input file
 * @param answer the test's answer file
 * @param output the program's output
 * @param flags  the validator flags for this test (problem-wide, then its group's)
 */
public record CheckInput(Path input, Path answer, Path output, List<String> flags) {

    public CheckInput {
        flags = List.copyOf(flags);
    }
}
