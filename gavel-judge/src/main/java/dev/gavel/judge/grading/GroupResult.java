package dev.gavel.judge.grading;

import dev.gavel.judge.Verdict;

import java.util.List;

/**
 * The graded result of a test group.
 *
 * @param verdict  the group's verdict
 * @param score    the group's score
 * @param tests    every test below the group, in judging order, skipped ones included
 * @param deciding the test whose verdict is the group's (the first or worst error), or null when accepted
 */
public record GroupResult(Verdict verdict, double score, List<TestResult> tests, TestResult deciding) {

    public GroupResult {
        tests = List.copyOf(tests);
    }
}
