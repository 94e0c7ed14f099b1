package dev.gavel.judge.judging;

import dev.gavel.judge.Verdict;
import dev.gavel.judge.grading.JudgeResult;
import dev.gavel.judge.language.LanguageCatalog;
import dev.gavel.judge.language.Languages;
import dev.gavel.judge.language.SandboxCompiler;
import dev.gavel.judge.problem.Problem;
import dev.gavel.judge.problem.ProblemLoader;
import dev.gavel.judge.verify.SubmissionJudge;
import dev.gavel.judge.verify.Verifier;
import dev.gavel.judge.verify.VerifyRow;
import dev.gavel.sandbox.SandboxPool;
import dev.gavel.sandbox.Sandboxes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The test packages and the repository's sample problems judged for real: the gavel-box sandbox and the built-in languages. */
@Tag("sandbox")
class SandboxEndToEndTest {

    static final Path PACKAGES = Path.of("src/test/resources/packages");
    static final Path SAMPLE_PROBLEMS = Path.of("../problems");

    @TempDir
    static Path tmp;
    static SandboxPool pool;
    static Languages languages;
    static Judge judge;

    @BeforeAll
    static void start() {
        languages = LanguageCatalog.builtIn();
        pool = Sandboxes.pool(2);
        judge = new Judge(languages, new SandboxCompiler(languages, pool, tmp.resolve("cache")), pool,
                tmp.resolve("scratch"));
    }

    @AfterAll
    static void stop() {
        if (pool != null) pool.close();
    }

    private static JudgeResult judge(String problem, String submission) throws Exception {
        Problem p = ProblemLoader.load(PACKAGES.resolve(problem));
        Path source = PACKAGES.resolve(problem).resolve("submissions").resolve(submission);
        return judge.judge(p, Submission.of(source, languages.forFile(source).orElseThrow()),
                JudgeOptions.defaults(), null);
    }

    @Test
    void everyBundledPackageVerifies() {
        Verifier verifier = new Verifier(languages, SubmissionJudge.of(judge), 2, Duration.ofSeconds(5));
        List<VerifyRow> rows = verifier.verify(List.of(PACKAGES.resolve("hello"), PACKAGES.resolve("floaty"),
                PACKAGES.resolve("custom"), PACKAGES.resolve("guess"), PACKAGES.resolve("multipass"),
                PACKAGES.resolve("scoring")), new Verifier.Listener() { });
        List<VerifyRow> bad = rows.stream().filter(r -> r.status() != VerifyRow.Status.OK).toList();
        assertTrue(bad.isEmpty(), bad.toString());
        assertEquals(23, rows.size());
    }

    /** The sample problems under problems/ that the README's first command verifies: every submission as expected. */
    @Test
    void sampleProblemsOfTheRepositoryVerify() throws Exception {
        List<Path> problems;
        try (var dirs = java.nio.file.Files.list(SAMPLE_PROBLEMS)) {
            problems = dirs.filter(d -> java.nio.file.Files.isRegularFile(d.resolve("problem.yaml"))).sorted().toList();
        }
        assertEquals(6, problems.size(), problems.toString());
        Verifier verifier = new Verifier(languages, SubmissionJudge.of(judge), 2, Duration.ofSeconds(5));
        List<VerifyRow> rows = verifier.verify(problems, new Verifier.Listener() { });
        List<VerifyRow> bad = rows.stream().filter(r -> r.status() != VerifyRow.Status.OK).toList();
        assertTrue(bad.isEmpty(), bad.toString());
        assertTrue(rows.size() >= 65, "only " + rows.size() + " submissions found");
    }

    @Test
    void reasonsNameTheTest() throws Exception {
        assertEquals("Wrong Answer on test secret/01: expected '30', got '31' at token 1 (line 1)",
                judge("hello", "wrong_answer/off_by_one.py").reason());
        assertEquals("Wrong Answer on test sample/1: 7 is not a proper multiple of 7",
                judge("custom", "wrong_answer/same.py").reason());
        JudgeResult tle = judge("hello", "time_limit_exceeded/spin.py");
        assertEquals(Verdict.TLE, tle.verdict());
        assertTrue(tle.reason().startsWith("Time Limit Exceeded on test sample/1 ("), tle.reason());
        JudgeResult ce = judge("hello", "compile_error/broken.c");
        assertEquals(Verdict.CE, ce.verdict());
        assertTrue(ce.compileOutput().contains("undefined_variable"), ce.compileOutput());
    }

    @Test
    void aJvmOutOfMemoryErrorIsAMemoryLimitInTheRuntimesOwnWords() throws Exception {
        Problem aplusb = ProblemLoader.load(SAMPLE_PROBLEMS.resolve("aplusb"));
        Path hog = SAMPLE_PROBLEMS.resolve("aplusb/submissions/memory_limit_exceeded/Hog.java");
        JudgeResult r = judge.judge(aplusb, Submission.of(hog, languages.forFile(hog).orElseThrow()),
                JudgeOptions.defaults(), null);
        assertEquals(Verdict.MLE, r.verdict());
        assertTrue(r.reason().contains("java.lang.OutOfMemoryError"), r.reason());
    }

    @Test
    void interactiveAndScoring() throws Exception {
        assertEquals(Verdict.AC, judge("guess", "accepted/binary.py").verdict());
        assertEquals(Verdict.WA, judge("guess", "wrong_answer/linear.py").verdict());
        JudgeResult partial = judge("scoring", "wrong_answer/small.c");
        assertEquals(Verdict.WA, partial.verdict());
        assertEquals(30.0, partial.score());
    }
}
