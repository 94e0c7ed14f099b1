package dev.gavel.judge.problem;

/** A child of a test group: a test case or a nested group. Siblings are judged in the order of their names. */
public sealed interface TestNode permits TestCase, TestGroup {

    /** Path below {@code data/} without extension, e.g. {@code secret/group1/03}. */
    String name();
}
