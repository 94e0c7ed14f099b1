package dev.gavel.judge.grading;

import dev.gavel.judge.Verdict;
import dev.gavel.judge.problem.GradingSpec;
import dev.gavel.judge.problem.Problem;
import dev.gavel.judge.problem.ProblemFormat;
import dev.gavel.judge.problem.TestCase;
import dev.gavel.judge.problem.TestGroup;
import dev.gavel.judge.problem.TestNode;

import dev.gavel.sandbox.ByteSize;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a problem's tests in order through a callback and grades them.
 *
 * <p>Pass-fail problems: every group breaks at its first rejected test and takes its verdict, so the first failing
 * test decides and the rest are skipped. Scoring problems: each group follows its {@code testdata.yaml} (break or
 * continue on a reject, first or worst error, accept if any accepted, sum / min / max / avg, accept and reject scores,
 * range). In the 2023-07 format a group's {@code scoring.score} is shared among its children (equally for sum, whole
 * for min), so a group worth 30 with min aggregation scores 30 only when every test passes. Each group's result keeps
 * its child groups' results, skipped ones included, which is where {@link Subtask#of} reads the subtask scores.
 */
public final class Grader {

    /** Runs one test; the group's settings carry its validator flags. Must not throw. */
    @FunctionalInterface
    public interface TestRunner {
        TestResult run(TestCase test, GradingSpec group);
    }

    private final boolean scoring;
    private final boolean v2023;
    private final TestRunner runner;

    private Grader(boolean scoring, boolean v2023, TestRunner runner) {
        this.scoring = scoring;
        this.v2023 = v2023;
        this.runner = runner;
    }

    /** Runs and grades every test of the problem. */
    public static GroupResult grade(Problem problem, TestRunner runner) {
        Grader g = new Grader(problem.scoring(), problem.format() == ProblemFormat.V2023_07, runner);
        return g.group(problem.data(), null);
    }

    /**
     * What a scoring problem gives a submission that passes every test, as its grading computes it with every test
     * accepted; null for a pass-fail problem.
     */
    public static Double maxScore(Problem problem) {
        if (!problem.scoring()) return null;
        return grade(problem, (t, g) -> new TestResult(t.name(), Verdict.AC, Duration.ZERO, ByteSize.ZERO, "", null))
                .score();
    }

    /** Grades a test tree (tests of pass-fail problems when {@code scoring} is false). */
    public static GroupResult grade(TestGroup data, boolean scoring, boolean v2023, TestRunner runner) {
        return new Grader(scoring, v2023, runner).group(data, null);
    }

    private GroupResult group(TestGroup group, Double inheritedBudget) {
        GradingSpec spec = scoring ? group.grading() : group.grading().passFail();
        Double budget = v2023 && spec.groupScore() != null ? spec.groupScore() : inheritedBudget;
        List<TestNode> children = group.children();
        Double childBudget = null;
        if (budget != null && !children.isEmpty()) {
            childBudget = spec.aggregation() == GradingSpec.Aggregation.SUM ? budget / children.size() : budget;
        }
        List<TestResult> all = new ArrayList<>();
        List<GroupResult> groups = new ArrayList<>();
        List<Verdict> verdicts = new ArrayList<>();
        List<TestResult> deciders = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        boolean stopped = false;
        for (TestNode child : children) {
            if (stopped) {
                skip(child, all, groups);
                continue;
            }
            boolean counted = !(spec.ignoreSample() && isSample(child));
            Verdict v;
            double score;
            TestResult decider;
            switch (child) {
                case TestCase t -> {
                    TestResult r = runner.run(t, spec);
                    all.add(r);
                    v = r.verdict();
                    score = testScore(r, spec, childBudget);
                    decider = r;
                }
                case TestGroup g -> {
                    GroupResult r = group(g, childBudget);
                    groups.add(r);
                    all.addAll(r.tests());
                    v = r.verdict();
                    score = r.score();
                    decider = r.deciding();
                }
            }
            if (counted) {
                verdicts.add(v);
                deciders.add(decider);
                scores.add(score);
            }
            if (v == Verdict.SE || (counted && v != Verdict.AC && spec.breakOnReject())) stopped = true;
        }
        Verdict verdict = Verdict.AC;
        TestResult deciding = null;
        boolean anyAccepted = verdicts.contains(Verdict.AC);
        if (!(spec.acceptIfAnyAccepted() && anyAccepted)) {
            for (int i = 0; i < verdicts.size(); i++) {
                Verdict v = verdicts.get(i);
                if (v == Verdict.AC) continue;
                if (deciding == null || (spec.worstError() && severity(v) > severity(verdict))) {
                    verdict = v;
                    deciding = deciders.get(i);
                }
            }
        }
        double score = clamp(aggregate(spec.aggregation(), scores), spec);
        return new GroupResult(group.name(), verdict, score, all, deciding, groups);
    }

    private static boolean isSample(TestNode child) {
        return child.name().equals("sample");
    }

    private static double testScore(TestResult r, GradingSpec spec, Double budget) {
        if (r.score() != null) return r.score();
        if (budget != null) return r.accepted() ? budget : 0.0;
        return r.accepted() ? spec.acceptScore() : spec.rejectScore();
    }

    private static double aggregate(GradingSpec.Aggregation a, List<Double> scores) {
        if (scores.isEmpty()) return 0.0;
        return switch (a) {
            case SUM -> scores.stream().mapToDouble(Double::doubleValue).sum();
            case MIN -> scores.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            case MAX -> scores.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            case AVG -> scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        };
    }

    private static double clamp(double v, GradingSpec spec) {
        return Math.max(spec.minScore(), Math.min(spec.maxScore(), v));
    }

    /** How bad a verdict is, for {@code worst_error}: a judge fault first, then the limits, then wrong output. */
    static int severity(Verdict v) {
        return switch (v) {
            case AC -> 0;
            case WA -> 1;
            case OLE -> 2;
            case RE -> 3;
            case MLE -> 4;
            case TLE -> 5;
            case CE -> 6;
            case SE -> 7;
        };
    }

    private static void skip(TestNode node, List<TestResult> all, List<GroupResult> groups) {
        switch (node) {
            case TestCase t -> all.add(TestResult.skipped(t.name()));
            case TestGroup g -> {
                GroupResult skipped = GroupResult.skipped(g);
                all.addAll(skipped.tests());
                groups.add(skipped);
            }
        }
    }
}
