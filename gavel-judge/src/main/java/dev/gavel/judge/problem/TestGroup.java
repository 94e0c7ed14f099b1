package dev.gavel.judge.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * A directory of test data: its tests and nested groups in judging order, and how they are graded.
 *
 * @param name     path below {@code data/}, empty for {@code data/} itself
 * @param grading  the settings of the closest {@code testdata.yaml}
 * @param children tests and groups, ordered by name
 */
public record TestGroup(String name, GradingSpec grading, List<TestNode> children) implements TestNode {

    public TestGroup {
        children = List.copyOf(children);
    }

    /** Every test below this group, in judging order. */
    public List<TestCase> allTests() {
        List<TestCase> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(TestGroup group, List<TestCase> out) {
        for (TestNode node : group.children) {
            switch (node) {
                case TestCase t -> out.add(t);
                case TestGroup g -> collect(g, out);
            }
        }
    }
}
