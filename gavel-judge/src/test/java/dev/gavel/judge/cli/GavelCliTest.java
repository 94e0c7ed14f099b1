package dev.gavel.judge.cli;

import dev.gavel.judge.Verdict;
import dev.gavel.judge.grading.JudgeResult;
import dev.gavel.judge.grading.Subtask;
import dev.gavel.judge.grading.TestResult;
import dev.gavel.judge.testkit.HostLanguages;
import dev.gavel.sandbox.ByteSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GavelCliTest {

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cl = GavelCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void everyCommandHasHelpWithExitCodes() {
        for (String[] args : new String[][]{{"--help"}, {"verify", "--help"}, {"judge", "--help"},
                {"sandbox", "check", "--help"}}) {
            Run r = run(args);
            assertEquals(0, r.code, String.join(" ", args));
            assertTrue(r.out.startsWith("Usage: gavel"), r.out);
            assertTrue(r.out.contains("Exit codes:"), String.join(" ", args) + ":\n" + r.out);
        }
        assertTrue(run("sandbox", "--help").out.contains("check"));
    }

    @Test
    void sandboxCheckFailsOnlyForRequiredFeatures() {
        var optionalOff = java.util.List.of(new dev.gavel.sandbox.SandboxCheck.Feature("root", true, ""),
                new dev.gavel.sandbox.SandboxCheck.Feature("ns-user", false, "not used"));
        assertTrue(SandboxCommand.Check.missing(optionalOff).isEmpty());
        var cgroupOff = java.util.List.of(new dev.gavel.sandbox.SandboxCheck.Feature("cgroup", false, "none"));
        assertEquals(java.util.List.of("cgroup"), SandboxCommand.Check.missing(cgroupOff));
        StringWriter out = new StringWriter();
        SandboxCommand.Check.print(new PrintWriter(out), cgroupOff);
        assertTrue(out.toString().contains("cgroup   NO        none"), out.toString());
        assertTrue(out.toString().contains("missing: cgroup"), out.toString());
    }

    @Test
    void versionIsPrinted() {
        Run r = run("--version");
        assertEquals(0, r.code);
        assertTrue(r.out.startsWith("gavel "), r.out);
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("verify").code);
        assertEquals(2, run("verify", "--bogus", "x").code);
        assertEquals(2, run("frobnicate").code);
        Run missing = run("judge", tmp.toString(), tmp.resolve("nope.c").toString());
        assertEquals(2, missing.code);
        assertTrue(missing.err.contains("nope.c: no such source file"), missing.err);
    }

    @Test
    void aBrokenPackageIsReportedByJudgeNamingTheFile() {
        Run r = run("judge", tmp.resolve("missing").toString(),
                Path.of("src/test/resources/packages/hello/submissions/accepted/sum.py").toString());
        assertEquals(1, r.code, r.err);
        assertTrue(r.err.contains("no such problem package"), r.err);
    }

    @Test
    void judgeShowsSubtaskScoresOnlyWhenThereAreSubtasks() {
        List<TestResult> tests = List.of(new TestResult("secret/group1/1", Verdict.AC, Duration.ofMillis(5),
                ByteSize.ofMiB(1), "", null));
        JudgeResult scored = new JudgeResult(Verdict.WA, 22.5, Duration.ofMillis(5), ByteSize.ofMiB(1), "", tests,
                "", List.of(new Subtask("group1", 20), new Subtask("group2", 0), new Subtask("group3", 2.5)));
        StringWriter out = new StringWriter();
        JudgeCommand.print(new PrintWriter(out), "p", HostLanguages.PYTHON, scored);
        assertTrue(out.toString().contains("(score 22.500)"), out.toString());
        assertTrue(out.toString().contains("\nsubtasks: group1 20, group2 0, group3 2.500\n"), out.toString());

        JudgeResult plain = new JudgeResult(Verdict.AC, null, Duration.ofMillis(5), ByteSize.ofMiB(1), "", tests, "");
        StringWriter plainOut = new StringWriter();
        JudgeCommand.print(new PrintWriter(plainOut), "p", HostLanguages.PYTHON, plain);
        assertFalse(plainOut.toString().contains("subtasks"), plainOut.toString());
    }
}
