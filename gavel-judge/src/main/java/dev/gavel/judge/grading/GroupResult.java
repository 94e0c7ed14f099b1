package dev.gavel.judge.grading;

import dev.gavel.judge.Verdict;
import dev.gavel.judge.problem.TestCase;
import dev.gavel.judge.problem.TestGroup;
import dev.gavel.judge.problem.TestNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The graded result of a test group.
 *
 * @param name     the group's path below {@code data/}, empty for {@code data/} itself
 * @param verdict  the group's verdict, or null when it was skipped
 * @param score    the group's score, aggregated and held to its range; 0 when it was skipped
 * @param tests    every test below the group, in judging order, skipped ones included
 * @param deciding the test whose verdict is the group's (the first or worst error), or null when accepted or skipped
 * @param groups   the results of the group's direct child groups, in judging order, skipped ones included
 */
public record GroupResult(String name, Verdict verdict, double score, List<TestResult> tests, TestResult deciding,
                          List<GroupResult> groups) {

    public GroupResult {
        tests = List.copyOf(tests);
        groups = List.copyOf(groups);
    }

    /** A group that was not judged because judging stopped before it; its child groups are skipped too. */
    static GroupResult skipped(TestGroup group) {
        List<TestResult> tests = group.allTests().stream().map(TestCase::name).map(TestResult::skipped).toList();
        List<GroupResult> groups = new ArrayList<>();
        for (TestNode child : group.children()) {
            if (child instanceof TestGroup g) groups.add(skipped(g));
        }
        return new GroupResult(group.name(), null, 0.0, tests, null, groups);
    }

    public boolean isSkipped() {
        return verdict == null;
    }
}
