package dev.gavel.judge.judging;

/** What a judging is doing now, for live progress (e.g. pushed to the submitter by the server). */
public sealed interface Progress {

    /** Compiling the submission. */
    record Compiling() implements Progress {
    }

    /**
     * About to run a test.
     *
     * @param index 1-based number of the test in judging order
     * @param total number of tests of the problem
     * @param test  the test's name, e.g. {@code secret/03}
     */
    record Testing(int index, int total, String test) implements Progress {
    }
}
