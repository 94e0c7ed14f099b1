package dev.gavel.judge.judging;

import dev.gavel.judge.Directories;
import dev.gavel.judge.TextExcerpt;
import dev.gavel.judge.Verdict;
import dev.gavel.judge.checker.DefaultChecker;
import dev.gavel.judge.grading.Grader;
import dev.gavel.judge.grading.GroupResult;
import dev.gavel.judge.grading.JudgeResult;
import dev.gavel.judge.grading.Subtask;
import dev.gavel.judge.grading.TestResult;
import dev.gavel.judge.language.CompileBudget;
import dev.gavel.judge.language.CompileOutcome;
import dev.gavel.judge.language.Compiler;
import dev.gavel.judge.language.Executable;
import dev.gavel.judge.language.Language;
import dev.gavel.judge.language.Languages;
import dev.gavel.judge.problem.PackageException;
import dev.gavel.judge.problem.Problem;
import dev.gavel.judge.problem.TestCase;
import dev.gavel.judge.problem.TestGroup;
import dev.gavel.judge.problem.TestNode;
import dev.gavel.sandbox.ByteSize;
import dev.gavel.sandbox.Sandbox;
import dev.gavel.sandbox.SandboxPool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Judges submissions: compile, run every test in a sandbox, check, grade. Thread-safe: each judging takes its own
 * sandbox (two for interactive problems) from the pool and its own scratch directory.
 *
 * <p>Use: {@code PreparedProblem p = judge.prepare(problem)} once per problem (compiles its validator), then
 * {@code judge.judge(p, submission, JudgeOptions.defaults(), progress -> ...)} per submission.
 */
public final class Judge {

    /**
     * Marks a test's time-limit message when the sandbox had to stop the run (as opposed to one that finished too
     * late).
     */
    public static final String STOPPED = "stopped by the sandbox";

    private final Languages languages;
    private final Compiler compiler;
    private final SandboxPool pool;
    private final Path scratchRoot;
    private final Executor cleanup;

    /**
     * @param languages   the known languages (to compile output validators)
     * @param compiler    compiles submissions and validators
     * @param pool        sandboxes to run in
     * @param scratchRoot where per-submission scratch directories (outputs, validator files) are made and removed
     */
    public Judge(Languages languages, Compiler compiler, SandboxPool pool, Path scratchRoot) {
        this(languages, compiler, pool, scratchRoot, Runnable::run);
    }

    /**
     * As above, with the removal of each judging's scratch directory and compiled program handed to {@code cleanup}:
     * a server passes a background thread, so a verdict does not wait for its files to be deleted. The directories
     * are the judging's own, so deleting them later changes nothing else. {@code cleanup} must take every task (run
     * it at once if it can no longer hand it over).
     */
    public Judge(Languages languages, Compiler compiler, SandboxPool pool, Path scratchRoot, Executor cleanup) {
        this.languages = languages;
        this.compiler = compiler;
        this.pool = pool;
        this.scratchRoot = scratchRoot;
        this.cleanup = cleanup;
    }

    /**
     * Compiles the problem's output validator and checks its default-validator flags.
     *
     * @throws PackageException naming the file when the validator has no source of a known language, does not
     *                          compile, or the flags are wrong
     */
    public PreparedProblem prepare(Problem problem) throws PackageException {
        List<String> issues = new ArrayList<>();
        Executable validator = null;
        if (problem.validation().custom()) {
            Path source = problem.validation().validator().orElseThrow();
            String display = problem.shortName() + "/" + problem.root().relativize(source) + "/";
            List<Path> files = sourceFiles(source);
            Language language = languages.mostCommon(files).orElse(null);
            if (language == null) {
                throw new PackageException(display + ": no source file of a known language among "
                        + files.stream().map(p -> p.getFileName().toString()).toList());
            }
            CompileOutcome outcome;
            try {
                outcome = compiler.compile(language, files, null);
            } catch (RuntimeException e) {
                throw new PackageException(display + ": cannot compile the output validator (judge fault): " + e);
            }
            switch (outcome) {
                case CompileOutcome.Compiled c -> validator = c.executable();
                case CompileOutcome.CompileError e -> issues.add(display + ": output validator does not compile ("
                        + language.id() + "):\n" + TextExcerpt.firstLines(e.output(), 15));
                case CompileOutcome.CompileFault f -> issues.add(display
                        + ": cannot compile the output validator (judge fault): " + f.reason());
            }
        } else {
            checkDefaultFlags(problem, problem.data(), issues);
        }
        if (!issues.isEmpty()) throw new PackageException(issues);
        return new PreparedProblem(problem, validator);
    }

    private static void checkDefaultFlags(Problem problem, TestGroup group, List<String> issues) {
        try {
            DefaultChecker.fromFlags(problem.validation().validatorFlags());
        } catch (IllegalArgumentException e) {
            issues.add(problem.shortName() + "/problem.yaml: " + e.getMessage());
            return;
        }
        checkGroupFlags(problem, group, null, issues);
    }

    private static void checkGroupFlags(Problem problem, TestGroup group, TestGroup parent, List<String> issues) {
        boolean own = parent == null || !group.grading().equals(parent.grading());
        if (own && !group.grading().outputValidatorFlags().isEmpty()) {
            List<String> flags = new ArrayList<>(problem.validation().validatorFlags());
            flags.addAll(group.grading().outputValidatorFlags());
            try {
                DefaultChecker.fromFlags(flags);
            } catch (IllegalArgumentException e) {
                String dir = group.name().isEmpty() ? "data/" : "data/" + group.name() + "/";
                issues.add(problem.shortName() + "/" + dir + "testdata.yaml: " + e.getMessage());
            }
        }
        for (TestNode n : group.children()) {
            if (n instanceof TestGroup g) checkGroupFlags(problem, g, group, issues);
        }
    }

    /** Judges one submission; never throws: a judge-side failure is a System Error with the reason. */
    public JudgeResult judge(PreparedProblem prepared, Submission submission, JudgeOptions options,
                             Consumer<Progress> progress) {
        Path scratch = null;
        try {
            Files.createDirectories(scratchRoot);
            scratch = Files.createTempDirectory(scratchRoot, "sub-");
            return judgeIn(prepared, submission, options, progress == null ? p -> { } : progress, scratch);
        } catch (Exception | StackOverflowError e) {
            return JudgeResult.early(Verdict.SE, "", List.of(), "System Error: " + e);
        } finally {
            if (scratch != null) {
                Path done = scratch;
                cleanup.execute(() -> Directories.deleteQuietly(done));
            }
        }
    }

    /** Prepares the problem and judges; a problem that cannot be prepared is a System Error naming why. */
    public JudgeResult judge(Problem problem, Submission submission, JudgeOptions options,
                             Consumer<Progress> progress) {
        try (PreparedProblem prepared = prepare(problem)) {
            return judge(prepared, submission, options, progress);
        } catch (PackageException e) {
            return JudgeResult.early(Verdict.SE, "", List.of(), "System Error: problem package: " + e.getMessage());
        }
    }

    private JudgeResult judgeIn(PreparedProblem prepared, Submission submission, JudgeOptions options,
                                Consumer<Progress> progress, Path scratch) throws IOException {
        Problem problem = prepared.problem();
        progress.accept(new Progress.Compiling());
        long size = 0;
        for (Path f : submission.files()) size += Files.size(f);
        ByteSize codeLimit = problem.limits().code();
        if (size > codeLimit.bytes()) {
            return JudgeResult.early(Verdict.CE, "", List.of(), "Compile Error: the source is " + (size + 1023) / 1024
                    + " KiB, over the problem's limit of " + codeLimit.kib() + " KiB");
        }
        CompileOutcome compiled;
        try {
            compiled = compiler.compile(submission.language(), submission.files(), submission.entryPoint(),
                    new CompileBudget(problem.limits().compilationTime(), problem.limits().compilationMemory()));
        } catch (RuntimeException e) {
            return JudgeResult.early(Verdict.SE, "", List.of(), "System Error: compiler failed: " + e);
        }
        Executable exe;
        String compileOutput;
        switch (compiled) {
            case CompileOutcome.CompileError e -> {
                return JudgeResult.early(Verdict.CE, e.output(), List.of(),
                        "Compile Error: " + TextExcerpt.firstLines(e.output(), 5));
            }
            case CompileOutcome.CompileFault f -> {
                return JudgeResult.early(Verdict.SE, "", List.of(), "System Error: cannot compile: " + f.reason());
            }
            case CompileOutcome.Compiled c -> {
                exe = c.executable();
                compileOutput = c.output();
            }
        }
        Duration timeLimit = options.timeLimit() != null ? options.timeLimit()
                : problem.limits().fixedTimeLimit().orElse(options.fallbackLimit());
        List<TestCase> tests = problem.tests();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (TestCase t : tests) index.put(t.name(), index.size() + 1);
        AtomicInteger done = new AtomicInteger();
        boolean interactive = problem.validation().interactive();
        try (Sandbox box = pool.acquire(); Sandbox second = interactive ? pool.acquire() : null;
             Discarding ignored = new Discarding(exe, cleanup)) {
            TestExecution execution = new TestExecution(prepared, exe, box, second, timeLimit,
                    options.runPastLimit(), scratch);
            GroupResult graded = Grader.grade(problem, (test, spec) -> {
                progress.accept(new Progress.Testing(index.getOrDefault(test.name(), done.get() + 1), tests.size(),
                        test.name()));
                done.incrementAndGet();
                return execution.run(test, spec);
            });
            return result(problem, graded, compileOutput);
        }
    }

    /** Discards the submission's compiled program when judging ends, however it ends. */
    private record Discarding(Executable exe, Executor cleanup) implements AutoCloseable {
        @Override
        public void close() {
            cleanup.execute(() -> {
                try {
                    exe.discard();
                } catch (RuntimeException ignored) {
                    // a leftover program directory is not worth turning a verdict into a System Error
                }
            });
        }
    }

    private static JudgeResult result(Problem problem, GroupResult graded, String compileOutput) {
        Duration maxTime = Duration.ZERO;
        ByteSize maxMemory = ByteSize.ZERO;
        TestResult systemError = null;
        for (TestResult r : graded.tests()) {
            if (r.time().compareTo(maxTime) > 0) maxTime = r.time();
            if (r.memory().compareTo(maxMemory) > 0) maxMemory = r.memory();
            if (r.verdict() == Verdict.SE && systemError == null) systemError = r;
        }
        Verdict verdict = graded.verdict();
        String reason = graded.deciding() == null ? "" : graded.deciding().reason();
        if (systemError != null) {
            verdict = Verdict.SE;
            reason = systemError.reason();
        }
        Double score = problem.scoring() ? graded.score() : null;
        if (verdict == Verdict.AC) {
            // a scoring problem may accept a submission that failed some tests: say which, for the partial score
            reason = graded.tests().stream().filter(t -> !t.isSkipped() && !t.accepted()).findFirst()
                    .map(t -> "Accepted with score " + JudgeResult.points(graded.score()) + "; first failure: "
                            + t.reason())
                    .orElse("");
        }
        return new JudgeResult(verdict, score, maxTime, maxMemory, compileOutput, graded.tests(), reason,
                Subtask.of(graded, problem.scoring()));
    }

    static List<Path> sourceFiles(Path source) throws PackageException {
        if (Files.isRegularFile(source)) return List.of(source);
        try (Stream<Path> s = Files.walk(source)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new PackageException(source + ": cannot list the validator's files: " + e.getMessage());
        }
    }

}
