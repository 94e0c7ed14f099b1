package dev.gavel.judge.judging;

import dev.gavel.judge.Verdict;
import dev.gavel.judge.grading.JudgeResult;
import dev.gavel.judge.grading.Subtask;
import dev.gavel.judge.grading.TestResult;
import dev.gavel.judge.problem.PackageException;
import dev.gavel.judge.problem.Problem;
import dev.gavel.judge.problem.ProblemLoader;
import dev.gavel.judge.testkit.HostLanguages;
import dev.gavel.judge.testkit.ProcessSandbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The judging pipeline on the bundled packages, with host processes standing in for the sandbox and host toolchains
 * for the languages (the same packages run in the real sandbox in {@code SandboxEndToEndTest}).
 */
class JudgeTest {

    static final Path PACKAGES = Path.of("src/test/resources/packages");

    @TempDir
    Path tmp;
    HostLanguages languages;
    Judge judge;

    @BeforeEach
    void setUp() {
        languages = new HostLanguages(tmp.resolve("build"));
        judge = new Judge(languages, languages, new ProcessSandbox(), tmp.resolve("scratch"));
    }

    private JudgeResult judge(String problem, String submission) throws PackageException {
        Problem p = ProblemLoader.load(PACKAGES.resolve(problem));
        Path source = PACKAGES.resolve(problem).resolve("submissions").resolve(submission);
        return judge.judge(p, Submission.of(source, languages.forFile(source).orElseThrow()),
                JudgeOptions.defaults(), null);
    }

    @Test
    void acceptsACorrectSubmission() throws Exception {
        JudgeResult r = judge("hello", "accepted/sum.c");
        assertEquals(Verdict.AC, r.verdict(), r.reason());
        assertEquals("", r.reason());
        assertNull(r.score());
        assertEquals(List.of("sample/1", "secret/01", "secret/02", "secret/03"),
                r.tests().stream().map(TestResult::test).toList());
        assertTrue(r.tests().stream().allMatch(TestResult::accepted));
        assertEquals(List.of(), r.subtasks(), "a pass-fail problem has no subtasks");
    }

    @Test
    void aJudgingsFilesGoToTheCleanupExecutorWhenOneIsGiven() throws Exception {
        List<Runnable> later = new ArrayList<>();
        Path scratch = tmp.resolve("scratch-later");
        Judge deferring = new Judge(languages, languages, new ProcessSandbox(), scratch, later::add);
        Problem p = ProblemLoader.load(PACKAGES.resolve("hello"));
        Path source = PACKAGES.resolve("hello").resolve("submissions/accepted/sum.c");
        JudgeResult r = deferring.judge(p, Submission.of(source, languages.forFile(source).orElseThrow()),
                JudgeOptions.defaults(), null);
        assertEquals(Verdict.AC, r.verdict(), r.reason());
        assertEquals(2, later.size(), "the scratch directory and the compiled program");
        try (Stream<Path> s = Files.list(scratch)) {
            assertEquals(1, s.count(), "the judging's scratch directory is left to the executor");
        }
        later.forEach(Runnable::run);
        try (Stream<Path> s = Files.list(scratch)) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void wrongAnswerSaysWhereAndSkipsTheRest() throws Exception {
        JudgeResult r = judge("hello", "wrong_answer/off_by_one.py");
        assertEquals(Verdict.WA, r.verdict());
        assertEquals("Wrong Answer on test secret/01: expected '30', got '31' at token 1 (line 1)", r.reason());
        assertTrue(r.tests().get(2).isSkipped());
        assertTrue(r.tests().get(3).isSkipped());
    }

    @Test
    void timeLimitExceeded() throws Exception {
        JudgeResult r = judge("hello", "time_limit_exceeded/spin.py");
        assertEquals(Verdict.TLE, r.verdict());
        assertTrue(r.reason().startsWith("Time Limit Exceeded on test sample/1 (cpu "), r.reason());
        assertTrue(r.reason().endsWith(" > 1 s, stopped by the sandbox)"), r.reason());
    }

    @Test
    void runTimeErrorsShowTheExitOrSignalAndTheLastStderrLine() throws Exception {
        JudgeResult crash = judge("hello", "run_time_error/crash.py");
        assertEquals(Verdict.RE, crash.verdict());
        assertTrue(crash.reason().startsWith("Runtime Error on test sample/1: exit code 1; stderr: ZeroDivisionError"),
                crash.reason());
        JudgeResult segv = judge("hello", "run_time_error/segv.c");
        assertEquals(Verdict.RE, segv.verdict());
        assertTrue(segv.reason().contains("killed by signal 11 (SIGSEGV)"), segv.reason());
    }

    @Test
    void compileErrorKeepsTheCompilerOutput() throws Exception {
        JudgeResult r = judge("hello", "compile_error/broken.c");
        assertEquals(Verdict.CE, r.verdict());
        assertTrue(r.reason().startsWith("Compile Error: "), r.reason());
        assertTrue(r.compileOutput().contains("undefined_variable"), r.compileOutput());
        assertTrue(r.tests().isEmpty());
        assertEquals(List.of(), r.subtasks());
    }

    @Test
    void floatToleranceFromTestdataYaml() throws Exception {
        assertEquals(Verdict.AC, judge("floaty", "accepted/sqrt.py").verdict());
        JudgeResult rough = judge("floaty", "wrong_answer/rough.py");
        assertEquals(Verdict.WA, rough.verdict());
        assertTrue(rough.reason().contains("expected '1.4142135623730951', got '1.41'"), rough.reason());
    }

    @Test
    void customValidatorWithItsOwnHeaderAndJudgeMessage() throws Exception {
        assertEquals(Verdict.AC, judge("custom", "accepted/triple.py").verdict());
        JudgeResult r = judge("custom", "wrong_answer/same.py");
        assertEquals(Verdict.WA, r.verdict());
        assertEquals("Wrong Answer on test sample/1: 7 is not a proper multiple of 7", r.reason());
    }

    @Test
    void interactiveGuessingGame() throws Exception {
        JudgeResult ac = judge("guess", "accepted/binary.py");
        assertEquals(Verdict.AC, ac.verdict(), ac.reason());
        JudgeResult wa = judge("guess", "wrong_answer/linear.py");
        assertEquals(Verdict.WA, wa.verdict(), wa.reason());
        assertEquals("Wrong Answer on test sample/1: no correct guess in 12 tries (secret 37)", wa.reason());
        JudgeResult re = judge("guess", "run_time_error/quits.py");
        assertEquals(Verdict.RE, re.verdict(), re.reason());
        JudgeResult tle = judge("guess", "time_limit_exceeded/thinks.py");
        assertEquals(Verdict.TLE, tle.verdict(), tle.reason());
    }

    @Test
    void multiPassRunsAgainWithNextpassIn() throws Exception {
        JudgeResult ac = judge("multipass", "accepted/both.py");
        assertEquals(Verdict.AC, ac.verdict(), ac.reason());
        JudgeResult wa = judge("multipass", "wrong_answer/first_only.py");
        assertEquals(Verdict.WA, wa.verdict());
        assertEquals("Wrong Answer on test sample/1: pass 2: expected 11, got 20", wa.reason());
    }

    @Test
    void scoringWithGroups() throws Exception {
        JudgeResult full = judge("scoring", "accepted/big.py");
        assertEquals(Verdict.AC, full.verdict());
        assertEquals(100.0, full.score());
        assertEquals(List.of(new Subtask("group1", 30), new Subtask("group2", 70)), full.subtasks());
        JudgeResult partial = judge("scoring", "wrong_answer/small.c");
        assertEquals(Verdict.WA, partial.verdict());
        assertEquals(30.0, partial.score());
        assertTrue(partial.reason().startsWith("Wrong Answer on test secret/group2/1"), partial.reason());
        assertEquals(5, partial.tests().size());
        assertTrue(partial.tests().get(4).isSkipped(), "group 2 breaks at its first failure");
        assertEquals(List.of(new Subtask("group1", 30), new Subtask("group2", 0)), partial.subtasks());
    }

    @Test
    void anAcceptedPartialScoreSaysItsFirstFailure() throws Exception {
        Path pkg = tmp.resolve("partial");
        Files.createDirectories(pkg.resolve("data/secret/a"));
        Files.createDirectories(pkg.resolve("data/secret/b"));
        Files.writeString(pkg.resolve("problem.yaml"), "type: scoring\n");
        Files.writeString(pkg.resolve("data/testdata.yaml"), "on_reject: continue\ngrader_flags: accept_if_any_accepted\n");
        for (String g : new String[]{"a", "b"}) {
            Files.writeString(pkg.resolve("data/secret/" + g + "/testdata.yaml"), "grader_flags: min\naccept_score: 50\n");
            Files.writeString(pkg.resolve("data/secret/" + g + "/1.in"), g + "\n");
            Files.writeString(pkg.resolve("data/secret/" + g + "/1.ans"), "ok\n");
        }
        Path source = Files.writeString(tmp.resolve("half.py"), "print('ok' if input() == 'a' else 'no')\n");
        JudgeResult r = judge.judge(ProblemLoader.load(pkg), Submission.of(source, HostLanguages.PYTHON),
                JudgeOptions.defaults(), null);
        assertEquals(Verdict.AC, r.verdict());
        assertEquals(50.0, r.score());
        assertEquals("Accepted with score 50; first failure: Wrong Answer on test secret/b/1: expected 'ok', got 'no' "
                + "at token 1 (line 1)", r.reason());
    }

    @Test
    void reportsProgress() throws Exception {
        Problem p = ProblemLoader.load(PACKAGES.resolve("hello"));
        Path source = PACKAGES.resolve("hello/submissions/accepted/sum.py");
        List<Progress> events = new ArrayList<>();
        judge.judge(p, Submission.of(source, HostLanguages.PYTHON), JudgeOptions.defaults(), events::add);
        assertEquals(List.of(new Progress.Compiling(), new Progress.Testing(1, 4, "sample/1"),
                new Progress.Testing(2, 4, "secret/01"), new Progress.Testing(3, 4, "secret/02"),
                new Progress.Testing(4, 4, "secret/03")), events);
    }

    private Path customPackage(String validatorSource) throws IOException {
        Path pkg = tmp.resolve("pkg");
        Files.createDirectories(pkg.resolve("data/secret"));
        Files.createDirectories(pkg.resolve("output_validators/v"));
        Files.writeString(pkg.resolve("problem.yaml"), "validation: custom\n");
        Files.writeString(pkg.resolve("data/secret/1.in"), "1\n");
        Files.writeString(pkg.resolve("data/secret/1.ans"), "1\n");
        Files.writeString(pkg.resolve("output_validators/v/validate.sh"), validatorSource);
        return pkg;
    }

    @Test
    void aValidatorFaultIsASystemErrorNeverTheSubmissions() throws Exception {
        Path pkg = customPackage("echo 'cannot parse the answer' >&2\nexit 1\n");
        Path source = Files.writeString(tmp.resolve("ok.py"), "print(1)\n");
        JudgeResult r = judge.judge(ProblemLoader.load(pkg), Submission.of(source, HostLanguages.PYTHON),
                JudgeOptions.defaults(), null);
        assertEquals(Verdict.SE, r.verdict());
        assertEquals("System Error on test secret/1: output validator exited with code 1 (expected 42 or 43): "
                + "cannot parse the answer", r.reason());
    }

    @Test
    void aValidatorThatDoesNotCompileIsAPackageErrorNamingItsDirectory() throws Exception {
        Path pkg = tmp.resolve("bad");
        Files.createDirectories(pkg.resolve("data/secret"));
        Files.createDirectories(pkg.resolve("output_validators/checker"));
        Files.writeString(pkg.resolve("problem.yaml"), "validation: custom\n");
        Files.writeString(pkg.resolve("data/secret/1.in"), "1\n");
        Files.writeString(pkg.resolve("data/secret/1.ans"), "1\n");
        Files.writeString(pkg.resolve("output_validators/checker/check.c"), "int main( { }\n");
        PackageException e = assertThrows(PackageException.class, () -> judge.prepare(ProblemLoader.load(pkg)));
        assertTrue(e.getMessage().startsWith("bad/output_validators/checker/: output validator does not compile (c)"),
                e.getMessage());
    }

    @Test
    void badDefaultValidatorFlagsAreAPackageError() throws Exception {
        Path pkg = tmp.resolve("flags");
        Files.createDirectories(pkg.resolve("data/secret"));
        Files.writeString(pkg.resolve("problem.yaml"), "validator_flags: float_tolerance\n");
        Files.writeString(pkg.resolve("data/secret/1.in"), "1\n");
        Files.writeString(pkg.resolve("data/secret/1.ans"), "1\n");
        PackageException e = assertThrows(PackageException.class, () -> judge.prepare(ProblemLoader.load(pkg)));
        assertEquals("flags/problem.yaml: flag 'float_tolerance' needs a number after it", e.getMessage());
    }

    @Test
    void sourcesOverTheCodeLimitAreACompileError() throws Exception {
        Path pkg = tmp.resolve("small");
        Files.createDirectories(pkg.resolve("data/secret"));
        Files.writeString(pkg.resolve("problem.yaml"), "limits: {code: 1}\n");
        Files.writeString(pkg.resolve("data/secret/1.in"), "1\n");
        Files.writeString(pkg.resolve("data/secret/1.ans"), "1\n");
        Path source = Files.writeString(tmp.resolve("big.py"), "#" + "x".repeat(2000) + "\nprint(1)\n");
        JudgeResult r = judge.judge(ProblemLoader.load(pkg), Submission.of(source, HostLanguages.PYTHON),
                JudgeOptions.defaults(), null);
        assertEquals(Verdict.CE, r.verdict());
        assertEquals("Compile Error: the source is 2 KiB, over the problem's limit of 1 KiB", r.reason());
    }

    @Test
    void interactiveMultiPassGivesTheValidatorNextpassIn() throws Exception {
        Path pkg = tmp.resolve("imp");
        Files.createDirectories(pkg.resolve("data/secret"));
        Files.createDirectories(pkg.resolve("output_validators/v"));
        Files.writeString(pkg.resolve("problem.yaml"), "validation: custom interactive multi-pass\n");
        Files.writeString(pkg.resolve(".timelimit"), "2\n");
        Files.writeString(pkg.resolve("data/secret/1.in"), "100\n");
        Files.writeString(pkg.resolve("data/secret/1.ans"), "");
        Files.writeString(pkg.resolve("output_validators/v/v.py"), """
                import os, sys
                n = int(open(sys.argv[1]).read())
                fb = sys.argv[3]
                print(n, flush=True)
                got = int(sys.stdin.readline() or -1)
                if got != n + 1:
                    open(os.path.join(fb, "judgemessage.txt"), "w").write("%d: expected %d, got %d" % (n, n + 1, got))
                    sys.exit(43)
                if not os.path.exists(os.path.join(fb, "second")):
                    open(os.path.join(fb, "second"), "w").write("")
                    open(os.path.join(fb, "nextpass.in"), "w").write("%d\\n" % got)
                sys.exit(42)
                """);
        Path good = Files.writeString(tmp.resolve("good.py"), "print(int(input()) + 1)\n");
        Path firstOnly = Files.writeString(tmp.resolve("first.py"),
                "x = int(input())\nprint(x + 1 if x <= 100 else 0)\n");
        Problem p = ProblemLoader.load(pkg);
        JudgeResult ac = judge.judge(p, Submission.of(good, HostLanguages.PYTHON), JudgeOptions.defaults(), null);
        assertEquals(Verdict.AC, ac.verdict(), ac.reason());
        JudgeResult wa = judge.judge(p, Submission.of(firstOnly, HostLanguages.PYTHON), JudgeOptions.defaults(),
                null);
        assertEquals("Wrong Answer on test secret/1: pass 2: 101: expected 102, got 0", wa.reason());
    }

    @Test
    void aBrokenSandboxIsASystemError() throws Exception {
        dev.gavel.sandbox.SandboxPool noHelper = new dev.gavel.sandbox.SandboxPool() {
            @Override
            public dev.gavel.sandbox.Sandbox acquire() {
                throw new IllegalStateException("no helper");
            }

            @Override
            public void close() {
            }
        };
        Judge broken = new Judge(languages, languages, noHelper, tmp.resolve("scratch"));
        Problem p = ProblemLoader.load(PACKAGES.resolve("hello"));
        JudgeResult r = broken.judge(p, Submission.of(PACKAGES.resolve("hello/submissions/accepted/sum.py"),
                HostLanguages.PYTHON), JudgeOptions.defaults(), null);
        assertEquals(Verdict.SE, r.verdict());
        assertTrue(r.reason().contains("no helper"), r.reason());
    }
}
