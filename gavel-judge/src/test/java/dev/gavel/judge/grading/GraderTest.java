package dev.gavel.judge.grading;

import dev.gavel.judge.Verdict;
import dev.gavel.judge.problem.GradingSpec;
import dev.gavel.judge.problem.TestCase;
import dev.gavel.judge.problem.TestGroup;
import dev.gavel.judge.problem.TestNode;
import dev.gavel.sandbox.ByteSize;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GraderTest {

    private static final GradingSpec DEFAULTS = GradingSpec.defaults();

    private static TestCase t(String name) {
        return new TestCase(name, Path.of(name + ".in"), Path.of(name + ".ans"), name.startsWith("sample"));
    }

    private static TestGroup g(String name, GradingSpec spec, TestNode... children) {
        return new TestGroup(name, spec, List.of(children));
    }

    private static GradingSpec spec(GradingSpec.Aggregation agg, boolean breakOnReject, double accept) {
        return new GradingSpec(agg, false, false, false, breakOnReject, accept, 0, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, null, List.of(), List.of());
    }

    /** Runs tests with fixed verdicts and remembers which ran. */
    private static final class Script implements Grader.TestRunner {
        final Map<String, Verdict> verdicts;
        final List<String> ran = new ArrayList<>();

        Script(Map<String, Verdict> verdicts) {
            this.verdicts = verdicts;
        }

        @Override
        public TestResult run(TestCase test, GradingSpec group) {
            ran.add(test.name());
            Verdict v = verdicts.getOrDefault(test.name(), Verdict.AC);
            return new TestResult(test.name(), v, Duration.ofMillis(10), ByteSize.ofMiB(1),
                    v == Verdict.AC ? "" : "bad", null);
        }
    }

    @Test
    void passFailStopsAtTheFirstFailureAndSkipsTheRest() {
        TestGroup data = g("", DEFAULTS, g("sample", DEFAULTS, t("sample/1")),
                g("secret", DEFAULTS, t("secret/1"), t("secret/2"), t("secret/3")));
        Script s = new Script(Map.of("secret/2", Verdict.WA, "secret/3", Verdict.TLE));
        GroupResult r = Grader.grade(data, false, false, s);
        assertEquals(Verdict.WA, r.verdict());
        assertEquals("secret/2", r.deciding().test());
        assertEquals(List.of("sample/1", "secret/1", "secret/2"), s.ran);
        assertEquals(4, r.tests().size());
        assertNull(r.tests().get(3).verdict());
        assertEquals("Wrong Answer on test secret/2: bad", r.deciding().reason());
    }

    @Test
    void passFailIgnoresContinueAndScoresInTestdata() {
        GradingSpec lenient = spec(GradingSpec.Aggregation.SUM, false, 5);
        TestGroup data = g("", lenient, g("secret", lenient, t("secret/1"), t("secret/2")));
        Script s = new Script(Map.of("secret/1", Verdict.RE));
        GroupResult r = Grader.grade(data, false, false, s);
        assertEquals(Verdict.RE, r.verdict());
        assertEquals(List.of("secret/1"), s.ran);
    }

    @Test
    void allAcceptedIsAccepted() {
        TestGroup data = g("", DEFAULTS, g("secret", DEFAULTS, t("secret/1"), t("secret/2")));
        GroupResult r = Grader.grade(data, false, false, new Script(Map.of()));
        assertEquals(Verdict.AC, r.verdict());
        assertNull(r.deciding());
    }

    @Test
    void scoringSumsGroupsOfMinima() {
        GradingSpec cont = spec(GradingSpec.Aggregation.SUM, false, 1);
        TestGroup data = g("", cont,
                g("sample", spec(GradingSpec.Aggregation.SUM, false, 0), t("sample/1")),
                g("secret", cont,
                        g("secret/g1", spec(GradingSpec.Aggregation.MIN, true, 30), t("secret/g1/1"), t("secret/g1/2")),
                        g("secret/g2", spec(GradingSpec.Aggregation.MIN, true, 70), t("secret/g2/1"), t("secret/g2/2"),
                                t("secret/g2/3"))));
        Script s = new Script(Map.of("secret/g2/2", Verdict.WA));
        GroupResult r = Grader.grade(data, true, false, s);
        assertEquals(30.0, r.score());
        assertEquals(Verdict.WA, r.verdict());
        // group 2 breaks at its failure; its last test is skipped, the other groups still run
        assertEquals(List.of("sample/1", "secret/g1/1", "secret/g1/2", "secret/g2/1", "secret/g2/2"), s.ran);
        assertNull(r.tests().get(5).verdict());

        GroupResult full = Grader.grade(data, true, false, new Script(Map.of()));
        assertEquals(100.0, full.score());
        assertEquals(Verdict.AC, full.verdict());
    }

    @Test
    void worstErrorAndAcceptIfAnyAccepted() {
        GradingSpec worst = new GradingSpec(GradingSpec.Aggregation.SUM, true, false, false, false, 1, 0,
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, null, List.of(), List.of());
        TestGroup data = g("", worst, t("1"), t("2"), t("3"));
        GroupResult r = Grader.grade(data, true, false, new Script(Map.of("1", Verdict.WA, "2", Verdict.TLE)));
        assertEquals(Verdict.TLE, r.verdict());
        assertEquals(1.0, r.score());

        GradingSpec any = new GradingSpec(GradingSpec.Aggregation.MAX, false, true, false, false, 1, 0,
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, null, List.of(), List.of());
        GroupResult r2 = Grader.grade(g("", any, t("1"), t("2")), true, false,
                new Script(Map.of("1", Verdict.WA)));
        assertEquals(Verdict.AC, r2.verdict());
        assertEquals(1.0, r2.score());
    }

    @Test
    void averageAndRangeClamp() {
        GradingSpec avg = new GradingSpec(GradingSpec.Aggregation.AVG, false, false, false, false, 100, 0, 0, 40,
                null, List.of(), List.of());
        GroupResult r = Grader.grade(g("", avg, t("1"), t("2")), true, false, new Script(Map.of("2", Verdict.WA)));
        assertEquals(40.0, r.score());
    }

    @Test
    void ignoreSampleLeavesSamplesOutOfVerdictAndScore() {
        GradingSpec root = new GradingSpec(GradingSpec.Aggregation.SUM, false, false, true, true, 1, 0,
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, null, List.of(), List.of());
        GradingSpec inner = spec(GradingSpec.Aggregation.SUM, false, 1);
        TestGroup data = g("", root, g("sample", inner, t("sample/1")), g("secret", inner, t("secret/1")));
        GroupResult r = Grader.grade(data, true, false, new Script(Map.of("sample/1", Verdict.WA)));
        assertEquals(Verdict.AC, r.verdict());
        assertEquals(1.0, r.score());
    }

    @Test
    void validatorScoresReplaceAcceptScores() {
        GradingSpec sum = spec(GradingSpec.Aggregation.SUM, false, 1);
        Grader.TestRunner runner = (test, group) -> new TestResult(test.name(), Verdict.AC, Duration.ZERO,
                ByteSize.ZERO, "", test.name().equals("1") ? 2.5 : 4.0);
        assertEquals(6.5, Grader.grade(g("", sum, t("1"), t("2")), true, false, runner).score());
    }

    @Test
    void draftGroupScoresAreSharedAmongChildren() {
        GradingSpec root = spec(GradingSpec.Aggregation.SUM, false, 1);
        GradingSpec g1 = new GradingSpec(GradingSpec.Aggregation.MIN, false, false, false, true, 1, 0,
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 40.0, List.of(), List.of());
        GradingSpec g2 = new GradingSpec(GradingSpec.Aggregation.SUM, false, false, false, false, 1, 0,
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 60.0, List.of(), List.of());
        TestGroup data = g("", root, g("secret", root, g("secret/a", g1, t("secret/a/1"), t("secret/a/2")),
                g("secret/b", g2, t("secret/b/1"), t("secret/b/2"), t("secret/b/3"))));
        GroupResult r = Grader.grade(data, true, true, new Script(Map.of("secret/b/3", Verdict.WA)));
        assertEquals(80.0, r.score(), 1e-9);
        GroupResult r2 = Grader.grade(data, true, true, new Script(Map.of("secret/a/1", Verdict.WA)));
        assertEquals(60.0, r2.score(), 1e-9);
        List<Subtask> subtasks = Subtask.of(r, true);
        assertEquals(List.of("a", "b"), subtasks.stream().map(Subtask::name).toList());
        assertEquals(40.0, subtasks.get(0).score(), 1e-9);
        assertEquals(40.0, subtasks.get(1).score(), 1e-9);
    }

    @Test
    void aSystemErrorStopsEverything() {
        GradingSpec cont = spec(GradingSpec.Aggregation.SUM, false, 1);
        Script s = new Script(Map.of("1", Verdict.SE));
        GroupResult r = Grader.grade(g("", cont, t("1"), t("2")), true, false, s);
        assertEquals(Verdict.SE, r.verdict());
        assertEquals(List.of("1"), s.ran);
    }

    /** data/ with a zero-point sample and secret/{names} as groups that score {points} only when all pass. */
    private static TestGroup subtasks(GradingSpec secret, String[] names, double[] points, int testsEach) {
        GradingSpec cont = spec(GradingSpec.Aggregation.SUM, false, 1);
        List<TestNode> groups = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            String dir = "secret/" + names[i];
            List<TestNode> tests = new ArrayList<>();
            for (int k = 1; k <= testsEach; k++) tests.add(t(dir + "/" + k));
            groups.add(new TestGroup(dir, spec(GradingSpec.Aggregation.MIN, true, points[i]), tests));
        }
        return g("", cont, g("sample", spec(GradingSpec.Aggregation.SUM, false, 0), t("sample/1")),
                new TestGroup("secret", secret, groups));
    }

    private static final String[] THREE = {"group1", "group2", "group3"};
    private static final double[] POINTS = {20, 30, 50};

    @Test
    void eachSubtaskScoresWhatItsGroupScoredAndTheySumToTheScore() {
        TestGroup data = subtasks(spec(GradingSpec.Aggregation.SUM, false, 1), THREE, POINTS, 2);
        GroupResult r = Grader.grade(data, true, false, new Script(Map.of("secret/group2/2", Verdict.WA)));
        assertEquals(List.of(new Subtask("group1", 20), new Subtask("group2", 0), new Subtask("group3", 50)),
                Subtask.of(r, true));
        assertEquals(70.0, r.score());
        assertEquals(r.score(), Subtask.of(r, true).stream().mapToDouble(Subtask::score).sum());
    }

    @Test
    void aGroupInsideASubtaskCountsOnlyThroughTheSubtask() {
        GradingSpec cont = spec(GradingSpec.Aggregation.SUM, false, 1);
        GradingSpec min10 = spec(GradingSpec.Aggregation.MIN, true, 10);
        GradingSpec min15 = spec(GradingSpec.Aggregation.MIN, true, 15);
        TestGroup small = g("secret/group1/small", min10, t("secret/group1/small/1"));
        TestGroup large = g("secret/group1/large", min15, t("secret/group1/large/1"));
        TestGroup data = g("", cont, g("secret", cont, g("secret/group1", cont, small, large),
                g("secret/group2", spec(GradingSpec.Aggregation.MIN, true, 40), t("secret/group2/1"))));
        GroupResult r = Grader.grade(data, true, false, new Script(Map.of("secret/group1/large/1", Verdict.TLE)));
        assertEquals(List.of(new Subtask("group1", 10), new Subtask("group2", 40)), Subtask.of(r, true));
        assertEquals(50.0, r.score());
    }

    @Test
    void aPassFailProblemHasNoSubtasks() {
        TestGroup data = subtasks(DEFAULTS, THREE, POINTS, 1);
        assertEquals(List.of(), Subtask.of(Grader.grade(data, false, false, new Script(Map.of())), false));
        // the same tree graded as a scoring problem does have them
        assertEquals(3, Subtask.of(Grader.grade(data, true, false, new Script(Map.of())), true).size());
    }

    @Test
    void secretWithOnlyTestsHasNoSubtasks() {
        GradingSpec cont = spec(GradingSpec.Aggregation.SUM, false, 10);
        TestGroup data = g("", cont, g("sample", cont, t("sample/1")), g("secret", cont, t("secret/1"), t("secret/2")));
        GroupResult r = Grader.grade(data, true, false, new Script(Map.of()));
        assertEquals(30.0, r.score());
        assertEquals(List.of(), Subtask.of(r, true));
    }

    @Test
    void subtasksAfterABreakAtTheSecretLevelScoreZero() {
        TestGroup data = subtasks(spec(GradingSpec.Aggregation.SUM, true, 1), THREE, POINTS, 2);
        Script s = new Script(Map.of("secret/group2/1", Verdict.WA));
        GroupResult r = Grader.grade(data, true, false, s);
        assertEquals(List.of(new Subtask("group1", 20), new Subtask("group2", 0), new Subtask("group3", 0)),
                Subtask.of(r, true));
        assertFalse(s.ran.contains("secret/group3/1"));
    }

    @Test
    void aSystemErrorLeavesTheRemainingSubtasksAtZero() {
        GradingSpec cont = spec(GradingSpec.Aggregation.SUM, false, 1);
        TestGroup data = subtasks(cont, THREE, POINTS, 2);
        Script s = new Script(Map.of("secret/group2/1", Verdict.SE));
        GroupResult r = Grader.grade(data, true, false, s);
        assertEquals(Verdict.SE, r.verdict());
        assertEquals(List.of(new Subtask("group1", 20), new Subtask("group2", 0), new Subtask("group3", 0)),
                Subtask.of(r, true));
        assertEquals(List.of("sample/1", "secret/group1/1", "secret/group1/2", "secret/group2/1"), s.ran);
    }

    @Test
    void aStopBeforeSecretListsEverySubtaskAtZero() {
        GradingSpec breaking = spec(GradingSpec.Aggregation.SUM, true, 1);
        TestGroup withBreakingRoot = subtasks(breaking, THREE, POINTS, 1);
        TestGroup data = g("", breaking, withBreakingRoot.children().toArray(TestNode[]::new));
        GroupResult r = Grader.grade(data, true, false, new Script(Map.of("sample/1", Verdict.WA)));
        assertEquals(List.of(new Subtask("group1", 0), new Subtask("group2", 0), new Subtask("group3", 0)),
                Subtask.of(r, true));
        assertTrue(r.groups().get(1).isSkipped());
        assertTrue(r.groups().get(1).groups().get(0).isSkipped());
        assertEquals(3, r.tests().stream().filter(TestResult::isSkipped).count());
    }
}
