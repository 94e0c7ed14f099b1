package dev.gavel.judge.judging;

import dev.gavel.judge.RunVerdicts;
import dev.gavel.judge.TextExcerpt;
import dev.gavel.judge.Verdict;
import dev.gavel.judge.checker.CheckInput;
import dev.gavel.judge.checker.CheckResult;
import dev.gavel.judge.checker.Checker;
import dev.gavel.judge.checker.DefaultChecker;
import dev.gavel.judge.checker.ValidatorBox;
import dev.gavel.judge.checker.ValidatorChecker;
import dev.gavel.judge.grading.TestResult;
import dev.gavel.judge.interactive.Interaction;
import dev.gavel.judge.interactive.InteractiveVerdicts;
import dev.gavel.judge.language.Executable;
import dev.gavel.judge.problem.GradingSpec;
import dev.gavel.judge.problem.Problem;
import dev.gavel.judge.problem.ProblemLimits;
import dev.gavel.judge.problem.TestCase;
import dev.gavel.sandbox.ByteSize;
import dev.gavel.sandbox.RunLimits;
import dev.gavel.sandbox.RunOutcome;
import dev.gavel.sandbox.RunSpec;
import dev.gavel.sandbox.Sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs one test of one submission: plain (run, then check), multi-pass (run and validate again with the validator's
 * {@code nextpass.in}), or interactive (run with the validator attached). Never throws: a judge-side failure is a
 * System Error result.
 */
final class TestExecution {

    private static final int STDERR_TAIL = 4096;

    private final Problem problem;
    private final Executable exe;
    private final Sandbox box;
    private final Sandbox second;
    private final Duration timeLimit;
    private final Path scratch;
    private final RunLimits limits;
    private final RunLimits validatorLimits;
    private final Executable validator;
    private ValidatorBox validatorBox;

    TestExecution(PreparedProblem prepared, Executable exe, Sandbox box, Sandbox second, Duration timeLimit,
                  double runPastLimit, Path scratch) {
        this.problem = prepared.problem();
        this.exe = exe;
        this.box = box;
        this.second = second;
        this.timeLimit = timeLimit;
        this.scratch = scratch;
        this.validator = prepared.validator();
        ProblemLimits pl = problem.limits();
        Duration hardLimit = Duration.ofNanos((long) (timeLimit.toNanos() * runPastLimit));
        this.limits = exe.adjust(RunLimits.defaults()
                .withCpuTime(hardLimit)
                .withWallTime(hardLimit.multipliedBy(2).plusSeconds(1))
                .withMemory(pl.memory())
                .withStack(pl.memory())
                .withOutputSize(pl.output())
                .withFileSize(pl.output()));
        Duration vt = pl.validationTime();
        Duration validatorWall = vt.multipliedBy(2).plusSeconds(1);
        if (problem.validation().interactive()) {
            // the validator waits on the submission, so it must outlive the submission's wall limit
            Duration needed = limits.wallTime().plusSeconds(1);
            if (validatorWall.compareTo(needed) < 0) validatorWall = needed;
        }
        this.validatorLimits = RunLimits.defaults()
                .withCpuTime(vt)
                .withWallTime(validatorWall)
                .withMemory(pl.validationMemory())
                .withStack(pl.validationMemory())
                .withOutputSize(pl.validationOutput())
                .withFileSize(pl.validationOutput());
    }

    TestResult run(TestCase test, GradingSpec group) {
        List<String> flags = new ArrayList<>(problem.validation().validatorFlags());
        flags.addAll(group.outputValidatorFlags());
        try {
            if (problem.validation().custom() && validatorBox == null) {
                validatorBox = ValidatorBox.prepare(validator, Files.createDirectories(scratch.resolve("validator")));
            }
            if (problem.validation().interactive()) return interactive(test, flags);
            if (problem.validation().multiPass()) return multiPass(test, flags);
            return plain(test, flags);
        } catch (IOException | RuntimeException e) {
            return new TestResult(test.name(), Verdict.SE, Duration.ZERO, ByteSize.ZERO, "judge failed: " + e, null);
        }
    }

    private Path out() {
        return scratch.resolve("run.out");
    }

    private Path err() {
        return scratch.resolve("run.err");
    }

    private RunSpec submissionSpec() {
        return new RunSpec(exe.runArgv(limits.memory()), exe.runEnv(), exe.dir(), null, out(), err(), false, limits);
    }

    private TestResult plain(TestCase test, List<String> flags) throws IOException {
        RunOutcome outcome = box.run(submissionSpec().withStdin(test.input()));
        Usage usage = new Usage().add(outcome);
        Optional<Failure> failure = failure(outcome);
        if (failure.isPresent()) return usage.result(test, failure.get().verdict, failure.get().why, null);
        Checker checker = problem.validation().custom()
                ? new ValidatorChecker(box, validatorBox, validatorLimits, problem.scoring())
                : DefaultChecker.fromFlags(flags);
        CheckResult checked = checker.check(new CheckInput(test.input(), test.answer(), out(), flags));
        TestResult result = usage.checked(test, checked);
        return result.verdict() == Verdict.WA ? result.withOutput(TextExcerpt.head(out(), TestResult.OUTPUT_EXCERPT))
                : result;
    }

    private TestResult multiPass(TestCase test, List<String> flags) throws IOException {
        validatorBox.reset(test.input(), test.answer());
        int passes = problem.limits().validationPasses();
        Path input = test.input();
        Usage usage = new Usage();
        for (int pass = 1; ; pass++) {
            RunOutcome outcome = box.run(submissionSpec().withStdin(input));
            usage.add(outcome);
            Optional<Failure> failure = failure(outcome);
            if (failure.isPresent()) {
                return usage.result(test, failure.get().verdict, passNote(pass) + failure.get().why, null);
            }
            RunOutcome v = box.run(validatorBox.spec(flags, validatorLimits).withStdin(out())
                    .withStdout(validatorBox.stdoutFile()));
            CheckResult checked = validatorBox.interpret(v, problem.scoring());
            Optional<Path> next = validatorBox.feedbackFile("nextpass.in");
            if (!(checked instanceof CheckResult.Accepted) || next.isEmpty()) return usage.checked(test, checked);
            if (pass >= passes) {
                return usage.result(test, Verdict.SE, "output validator asked for pass " + (pass + 1)
                        + " but validation_passes is " + passes, null);
            }
            input = nextInput(next.get(), pass + 1);
            validatorBox.placeInput(input);
        }
    }

    private TestResult interactive(TestCase test, List<String> flags) throws IOException {
        validatorBox.reset(test.input(), test.answer());
        int passes = problem.validation().multiPass() ? problem.limits().validationPasses() : 1;
        Usage usage = new Usage();
        for (int pass = 1; ; pass++) {
            Path fifos = Files.createDirectories(scratch.resolve("fifo-" + pass));
            Interaction.Ended ended = Interaction.run(box, submissionSpec(), second,
                    validatorBox.spec(flags, validatorLimits), fifos);
            usage.add(ended.submission());
            Optional<Failure> failure = failure(ended.submission());
            CheckResult checked = validatorBox.interpret(ended.validator(), problem.scoring());
            InteractiveVerdicts.Decision d = InteractiveVerdicts.decide(failure.map(f -> f.verdict),
                    failure.map(f -> f.why).orElse(""), checked, ended.validatorFirst());
            Optional<Path> next = validatorBox.feedbackFile("nextpass.in");
            if (d.verdict() != Verdict.AC || next.isEmpty() || passes == 1) {
                return usage.result(test, d.verdict(), (passes > 1 && d.verdict() != Verdict.AC ? passNote(pass) : "")
                        + d.message(), d.score());
            }
            if (pass >= passes) {
                return usage.result(test, Verdict.SE, "output validator asked for pass " + (pass + 1)
                        + " but validation_passes is " + passes, null);
            }
            validatorBox.placeInput(nextInput(next.get(), pass + 1));
        }
    }

    private Path nextInput(Path nextpass, int pass) throws IOException {
        Path copy = scratch.resolve("pass-" + pass + ".in");
        Files.copy(nextpass, copy, StandardCopyOption.REPLACE_EXISTING);
        Files.delete(nextpass);
        return copy;
    }

    private static String passNote(int pass) {
        return pass > 1 ? "pass " + pass + ": " : "";
    }

    private record Failure(Verdict verdict, String why) {
    }

    /** The submission's own verdict from how its run ended, with words; empty for a clean exit within the limit. */
    private Optional<Failure> failure(RunOutcome outcome) {
        Optional<Verdict> v = RunVerdicts.of(outcome, exe.language(), TextExcerpt.tail(err(), STDERR_TAIL));
        Duration cpu = outcome.usage().cpuTime();
        if (v.isEmpty()) {
            if (cpu.compareTo(timeLimit) > 0) {
                return Optional.of(new Failure(Verdict.TLE, "(cpu " + secs(cpu) + " s > " + secs(timeLimit) + " s)"));
            }
            return Optional.empty();
        }
        String why = switch (outcome) {
            case RunOutcome.TimeLimit t when t.kind() == RunOutcome.TimeLimit.Kind.CPU && cpu.compareTo(timeLimit) > 0 ->
                    "(cpu " + secs(cpu) + " s > " + secs(timeLimit) + " s, " + Judge.STOPPED + ")";
            case RunOutcome.TimeLimit t when t.kind() == RunOutcome.TimeLimit.Kind.CPU ->
                    "(" + Judge.STOPPED + " at " + secs(limits.cpuTime()) + " s of cpu)";
            case RunOutcome.TimeLimit t -> "(wall time " + secs(t.usage().wallTime()) + " s, limit "
                    + secs(limits.wallTime()) + " s; cpu " + secs(cpu) + " s; " + Judge.STOPPED + ")";
            case RunOutcome.MemoryLimit m -> "(peak " + m.usage().peakMemory().kib() + " KiB, limit "
                    + limits.memory() + ")";
            case RunOutcome.OutputLimit o -> "(more than " + limits.outputSize() + " of output)";
            case RunOutcome.SandboxFault f -> "sandbox fault: " + f.reason();
            case RunOutcome.NotStarted n -> "the program could not be started: " + n.reason();
            case RunOutcome.Exited e -> v.get() == Verdict.MLE ? "(ran out of memory" + outOfMemoryNote() + ")"
                    : "exit code " + e.exitCode() + stderrNote();
            case RunOutcome.Signalled s -> v.get() == Verdict.MLE ? "(ran out of memory" + outOfMemoryNote() + ")"
                    : "killed by signal " + s.signal() + signalName(s.signal()) + stderrNote();
        };
        return Optional.of(new Failure(v.get(), why));
    }

    /** The runtime's own words about running out of memory (the stderr line with its marker), not a stack frame. */
    private String outOfMemoryNote() {
        String tail = TextExcerpt.tail(err(), STDERR_TAIL);
        for (String line : tail.split("\n")) {
            if (exe.language().outOfMemoryMarkers().stream().anyMatch(line::contains)) {
                return "; stderr: " + TextExcerpt.cut(line.strip(), 200);
            }
        }
        return stderrNote();
    }

    private String stderrNote() {
        String tail = TextExcerpt.tail(err(), 400).strip();
        if (tail.isEmpty()) return "";
        String[] lines = tail.split("\n");
        return "; stderr: " + TextExcerpt.cut(lines[lines.length - 1].strip(), 200);
    }

    private static String signalName(int signal) {
        return switch (signal) {
            case 6 -> " (SIGABRT)";
            case 8 -> " (SIGFPE)";
            case 9 -> " (SIGKILL)";
            case 11 -> " (SIGSEGV)";
            case 13 -> " (SIGPIPE)";
            case 25 -> " (SIGXFSZ)";
            case 31 -> " (SIGSYS)";
            default -> "";
        };
    }

    static String secs(Duration d) {
        double s = d.toNanos() / 1e9;
        String text = String.format(Locale.ROOT, "%.3f", s);
        return text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** The largest CPU time and memory over a test's runs. */
    private static final class Usage {
        private Duration time = Duration.ZERO;
        private ByteSize memory = ByteSize.ZERO;

        Usage add(RunOutcome outcome) {
            if (outcome.usage().cpuTime().compareTo(time) > 0) time = outcome.usage().cpuTime();
            if (outcome.usage().peakMemory().compareTo(memory) > 0) memory = outcome.usage().peakMemory();
            return this;
        }

        TestResult result(TestCase test, Verdict verdict, String message, Double score) {
            return new TestResult(test.name(), verdict, time, memory, message, score);
        }

        TestResult checked(TestCase test, CheckResult checked) {
            return switch (checked) {
                case CheckResult.Accepted a -> result(test, Verdict.AC, "", a.score());
                case CheckResult.WrongAnswer w -> result(test, Verdict.WA, w.message(), w.score());
                case CheckResult.JudgeError e -> result(test, Verdict.SE, e.reason(), null);
            };
        }
    }
}
