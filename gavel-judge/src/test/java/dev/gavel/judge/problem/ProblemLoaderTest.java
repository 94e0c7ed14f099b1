package dev.gavel.judge.problem;

import dev.gavel.sandbox.ByteSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProblemLoaderTest {

    @TempDir
    Path tmp;

    private Path write(String rel, String text) throws IOException {
        Path p = tmp.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private void test(String rel) throws IOException {
        write("pkg/data/" + rel + ".in", "1\n");
        write("pkg/data/" + rel + ".ans", "1\n");
    }

    @Test
    void loadsALegacyPassFailPackage() throws Exception {
        write("pkg/problem.yaml", """
                name: Hello
                validator_flags: float_tolerance 1e-6
                limits:
                  time_multiplier: 3
                  time_safety_margin: 1.5
                  memory: 512
                  output: 16
                  validation_time: 30
                """);
        test("sample/1");
        test("secret/b");
        test("secret/a");
        test("secret/10");
        test("secret/2");
        Problem p = ProblemLoader.load(tmp.resolve("pkg"));

        assertEquals("Hello", p.name());
        assertEquals("pkg", p.shortName());
        assertEquals(ProblemFormat.LEGACY, p.format());
        assertFalse(p.scoring());
        assertFalse(p.validation().custom());
        assertEquals(List.of("float_tolerance", "1e-6"), p.validation().validatorFlags());
        assertEquals(3.0, p.limits().acToTimeLimit());
        assertEquals(1.5, p.limits().timeLimitToTle());
        assertEquals(ByteSize.ofMiB(512), p.limits().memory());
        assertEquals(ByteSize.ofMiB(16), p.limits().output());
        assertEquals(Duration.ofSeconds(30), p.limits().validationTime());
        assertTrue(p.limits().fixedTimeLimit().isEmpty());
        // samples first, then secret, lexicographic within a group as Kattis orders them
        assertEquals(List.of("sample/1", "secret/10", "secret/2", "secret/a", "secret/b"),
                p.tests().stream().map(TestCase::name).toList());
        assertTrue(p.tests().get(0).sample());
        assertFalse(p.tests().get(1).sample());
    }

    @Test
    void loadsA2023DraftPackageWithMapNameAndTimeMultipliers() throws Exception {
        write("pkg/problem.yaml", """
                problem_format_version: 2023-07-draft
                name: {en: Hello, sv: Hej}
                type: [scoring, interactive]
                limits:
                  time_limit: 2.5
                  time_multipliers: {ac_to_time_limit: 3.0, time_limit_to_tle: 2.0}
                  memory: 1024
                  validation_passes: 3
                """);
        write("pkg/output_validator/validate.py", "print()");
        test("secret/1");
        Problem p = ProblemLoader.load(tmp.resolve("pkg"));

        assertEquals(ProblemFormat.V2023_07, p.format());
        assertEquals("Hello", p.name());
        assertEquals("Hej", p.names().get("sv"));
        assertTrue(p.scoring());
        assertTrue(p.validation().custom());
        assertTrue(p.validation().interactive());
        assertEquals(tmp.resolve("pkg/output_validator"), p.validation().validatorSource());
        assertEquals(Duration.ofMillis(2500), p.limits().timeLimit());
        assertEquals(3.0, p.limits().acToTimeLimit());
        assertEquals(2.0, p.limits().timeLimitToTle());
        assertEquals(3, p.limits().validationPasses());
    }

    @Test
    void legacyValidationWordsSelectCustomInteractiveScoreAndMultiPass() throws Exception {
        write("pkg/problem.yaml", "type: scoring\nvalidation: custom interactive score multi-pass\n");
        write("pkg/output_validators/v/v.c", "int main(){return 42;}");
        test("secret/1");
        Problem p = ProblemLoader.load(tmp.resolve("pkg"));
        ValidationSpec v = p.validation();
        assertTrue(v.custom() && v.interactive() && v.score() && v.multiPass());
        assertEquals(tmp.resolve("pkg/output_validators/v"), v.validatorSource());
    }

    @Test
    void defaultsFollowTheFormat() {
        assertEquals(5.0, ProblemLimits.defaults(ProblemFormat.LEGACY).acToTimeLimit());
        assertEquals(2.0, ProblemLimits.defaults(ProblemFormat.LEGACY).timeLimitToTle());
        assertEquals(2.0, ProblemLimits.defaults(ProblemFormat.V2023_07).acToTimeLimit());
        assertEquals(1.5, ProblemLimits.defaults(ProblemFormat.V2023_07).timeLimitToTle());
    }

    @Test
    void timelimitFileWinsOverProblemYaml() throws Exception {
        write("pkg/problem.yaml", "problem_format_version: 2023-07-draft\nlimits: {time_limit: 5}\n");
        write("pkg/.timelimit", "1.5\n");
        test("secret/1");
        assertEquals(Duration.ofMillis(1500), ProblemLoader.load(tmp.resolve("pkg")).limits().timeLimit());
    }

    @Test
    void timelimitFileMayLiveInData() throws Exception {
        write("pkg/problem.yaml", "name: x\n");
        write("pkg/data/.timelimit", "3");
        test("secret/1");
        assertEquals(Duration.ofSeconds(3), ProblemLoader.load(tmp.resolve("pkg")).limits().timeLimit());
    }

    @Test
    void computedTimeLimitRoundsUpToTheResolution() {
        ProblemLimits legacy = ProblemLimits.defaults(ProblemFormat.LEGACY);
        assertEquals(Duration.ofSeconds(2), legacy.computeTimeLimit(Duration.ofMillis(300)));
        assertEquals(Duration.ofSeconds(1), legacy.computeTimeLimit(Duration.ofMillis(10)));
        assertEquals(Duration.ofSeconds(1), legacy.computeTimeLimit(Duration.ofMillis(200)));
        ProblemLimits draft = ProblemLimits.defaults(ProblemFormat.V2023_07);
        assertEquals(Duration.ofSeconds(3), draft.computeTimeLimit(Duration.ofMillis(1100)));
    }

    @Test
    void testdataYamlIsInheritedDownTheTreeUntilReplaced() throws Exception {
        write("pkg/problem.yaml", "type: scoring\n");
        write("pkg/data/secret/testdata.yaml", """
                on_reject: continue
                grader_flags: min worst_error
                accept_score: 5
                range: 0 50
                output_validator_flags: case_sensitive
                """);
        write("pkg/data/secret/g2/testdata.yaml", "grader_flags: max\n");
        test("secret/g1/1");
        test("secret/g2/1");
        Problem p = ProblemLoader.load(tmp.resolve("pkg"));
        TestGroup secret = (TestGroup) p.data().children().get(0);
        TestGroup g1 = (TestGroup) secret.children().get(0);
        TestGroup g2 = (TestGroup) secret.children().get(1);
        assertEquals("secret/g1", g1.name());
        assertEquals(GradingSpec.Aggregation.MIN, g1.grading().aggregation());
        assertTrue(g1.grading().worstError());
        assertFalse(g1.grading().breakOnReject());
        assertEquals(5.0, g1.grading().acceptScore());
        assertEquals(50.0, g1.grading().maxScore());
        assertEquals(List.of("case_sensitive"), g1.grading().outputValidatorFlags());
        // a testdata.yaml replaces the inherited one as a whole
        assertEquals(GradingSpec.Aggregation.MAX, g2.grading().aggregation());
        assertTrue(g2.grading().breakOnReject());
        assertEquals(1.0, g2.grading().acceptScore());
    }

    @Test
    void draftScoringReadsScoreAndAggregation() throws Exception {
        write("pkg/problem.yaml", "problem_format_version: 2023-07-draft\ntype: scoring\n");
        write("pkg/data/secret/g1/testdata.yaml", "scoring: {score: 40, aggregation: min}\n");
        test("sample/1");
        test("secret/g1/1");
        Problem p = ProblemLoader.load(tmp.resolve("pkg"));
        TestGroup sample = (TestGroup) p.data().children().get(0);
        TestGroup g1 = (TestGroup) ((TestGroup) p.data().children().get(1)).children().get(0);
        assertEquals(0.0, sample.grading().groupScore());
        assertEquals(40.0, g1.grading().groupScore());
        assertEquals(GradingSpec.Aggregation.MIN, g1.grading().aggregation());
    }

    @Test
    void interactionFilesAndOtherFilesAreIgnored() throws Exception {
        write("pkg/problem.yaml", "name: x\n");
        test("sample/1");
        write("pkg/data/sample/1.interaction", "<1\n>2\n");
        write("pkg/data/sample/1.png", "x");
        Problem p = ProblemLoader.load(tmp.resolve("pkg"));
        assertEquals(1, p.tests().size());
    }

    @Test
    void readsSubmissionEntryPoints() throws Exception {
        write("pkg/problem.yaml", "name: x\n");
        test("secret/1");
        write("pkg/submissions.yaml", "accepted/multi: {entrypoint: main.py}\nwrong_answer/java: Main\n");
        Problem p = ProblemLoader.load(tmp.resolve("pkg"));
        assertEquals("main.py", p.entryPoints().get("accepted/multi"));
        assertEquals("Main", p.entryPoints().get("wrong_answer/java"));
    }

    @Test
    void reportsEveryProblemOfAMalformedPackageNamingFiles() throws Exception {
        write("pkg/problem.yaml", """
                name: x
                type: quiz
                validation: custom
                limits:
                  memory: lots
                """);
        write("pkg/data/secret/1.in", "1");
        write("pkg/data/secret/testdata.yaml", "on_reject: maybe\ngrader_flags: median\n");
        Path before = tmp.resolve("pkg");
        PackageException e = assertThrows(PackageException.class, () -> ProblemLoader.load(before));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("pkg/problem.yaml: unknown type 'quiz'"), all);
        assertTrue(all.contains("pkg/problem.yaml: 'memory' must be a number"), all);
        assertTrue(all.contains("pkg/output_validators/: missing"), all);
        assertTrue(all.contains("pkg/data/secret/1.in: has no answer file 1.ans"), all);
        assertTrue(all.contains("pkg/data/secret/testdata.yaml: 'on_reject' must be 'break' or 'continue'"), all);
        assertTrue(all.contains("pkg/data/secret/testdata.yaml: unknown grader flag 'median'"), all);
        assertTrue(all.contains("pkg/data/: holds no test"), all);
        assertEquals(7, e.problems().size(), all);
    }

    @Test
    void badYamlNamesTheFile() throws Exception {
        write("pkg/problem.yaml", "name: [unclosed\n");
        test("secret/1");
        PackageException e = assertThrows(PackageException.class, () -> ProblemLoader.load(tmp.resolve("pkg")));
        assertTrue(e.getMessage().startsWith("pkg/problem.yaml: not valid YAML"), e.getMessage());
    }

    @Test
    void missingProblemYamlAndDataAreReported() throws Exception {
        Files.createDirectories(tmp.resolve("pkg"));
        PackageException e = assertThrows(PackageException.class, () -> ProblemLoader.load(tmp.resolve("pkg")));
        assertEquals(List.of("pkg/problem.yaml: missing (every problem package needs a problem.yaml)",
                "pkg/data/: missing: no test data"), e.problems());
    }

    @Test
    void emptyValidatorDirectoryIsAnError() throws Exception {
        write("pkg/problem.yaml", "validation: custom\n");
        Files.createDirectories(tmp.resolve("pkg/output_validators"));
        test("secret/1");
        PackageException e = assertThrows(PackageException.class, () -> ProblemLoader.load(tmp.resolve("pkg")));
        assertEquals(List.of("pkg/output_validators/: is empty: a custom validator needs its sources here"),
                e.problems());
    }

    @Test
    void badTimelimitFileIsAnError() throws Exception {
        write("pkg/problem.yaml", "name: x\n");
        write("pkg/.timelimit", "soon");
        test("secret/1");
        PackageException e = assertThrows(PackageException.class, () -> ProblemLoader.load(tmp.resolve("pkg")));
        assertEquals(List.of("pkg/.timelimit: must hold a number of seconds, e.g. 2 or 1.5"), e.problems());
    }

    @Test
    void defaultValidationHasNoValidatorEvenIfADirectoryExists() throws Exception {
        write("pkg/problem.yaml", "validation: default\n");
        write("pkg/output_validators/v/v.c", "x");
        test("secret/1");
        Problem p = ProblemLoader.load(tmp.resolve("pkg"));
        assertFalse(p.validation().custom());
        assertNull(p.validation().validatorSource());
    }
}
