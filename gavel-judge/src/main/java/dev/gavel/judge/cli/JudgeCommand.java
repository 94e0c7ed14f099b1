package dev.gavel.judge.cli;

import dev.gavel.judge.Verdict;
import dev.gavel.judge.grading.JudgeResult;
import dev.gavel.judge.grading.Subtask;
import dev.gavel.judge.grading.TestResult;
import dev.gavel.judge.judging.JudgeOptions;
import dev.gavel.judge.judging.Submission;
import dev.gavel.judge.language.Language;
import dev.gavel.judge.problem.PackageException;
import dev.gavel.judge.problem.ProblemPackage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code gavel judge}: judge one submission against one problem and show every test. */
@Command(name = "judge", mixinStandardHelpOptions = true,
        description = {"Judge one submission against one problem package and print each test's result.",
                "",
                "The language comes from the first source's extension unless --language names it. A problem "
                        + "without a fixed time limit (.timelimit or limits.time_limit) is judged with --time-limit, "
                        + "or 1 s."},
        exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.HELP_OK, ExitCodes.HELP_FAILED,
        ExitCodes.HELP_USAGE, ExitCodes.HELP_ENVIRONMENT})
final class JudgeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROBLEM_DIR_OR_ZIP", description = "the problem package")
    Path problem;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "SOURCE",
            description = "the submission's source file(s)")
    List<Path> sources;

    @Option(names = {"-l", "--language"}, paramLabel = "ID", description = "language id (see gavel languages)")
    String language;

    @Option(names = "--entry-point", paramLabel = "NAME", description = "entry point of a multi-file submission")
    String entryPoint;

    @Option(names = "--time-limit", paramLabel = "SECONDS", description = "time limit instead of the problem's")
    Double timeLimit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path s : sources) {
            if (!Files.isRegularFile(s)) {
                err.println("gavel judge: " + s + ": no such source file");
                return ExitCodes.USAGE;
            }
        }
        if (timeLimit != null && !(timeLimit > 0)) {
            err.println("gavel judge: --time-limit must be a positive number of seconds");
            return ExitCodes.USAGE;
        }
        try (ProblemPackage pkg = ProblemPackage.open(problem); Engine engine = Engine.start(1)) {
            Optional<Language> lang = language != null ? engine.languages.byId(language)
                    : engine.languages.forFile(sources.get(0));
            if (lang.isEmpty()) {
                err.println("gavel judge: " + (language != null ? "unknown language '" + language + "'"
                        : sources.get(0) + ": unknown source extension; name the language with --language")
                        + " (gavel languages lists them)");
                return ExitCodes.USAGE;
            }
            JudgeOptions options = timeLimit == null ? JudgeOptions.defaults()
                    : JudgeOptions.withTimeLimit(Duration.ofMillis(Math.round(timeLimit * 1000)));
            JudgeResult result = engine.judge.judge(pkg.problem(), new Submission(sources, lang.get(), entryPoint),
                    options, null);
            print(out, pkg.problem().shortName(), lang.get(), result);
            return result.verdict() == Verdict.AC ? ExitCodes.OK : ExitCodes.FAILED;
        } catch (PackageException e) {
            err.println("gavel judge: the problem package is broken:");
            e.problems().forEach(p -> err.println("  " + p));
            return ExitCodes.FAILED;
        } catch (Engine.Unavailable e) {
            err.println("gavel judge: " + e.getMessage());
            return ExitCodes.ENVIRONMENT;
        }
    }

    static void print(PrintWriter out, String problem, Language language, JudgeResult r) {
        out.println(problem + " · " + language.name());
        if (!r.compileOutput().isBlank() && r.verdict() != Verdict.CE) {
            out.println("compiler output:");
            out.println(r.compileOutput().strip().indent(2).stripTrailing());
        }
        int width = r.tests().stream().mapToInt(t -> t.test().length()).max().orElse(4);
        for (TestResult t : r.tests()) {
            if (t.isSkipped()) {
                out.printf(Locale.ROOT, "  %-" + width + "s  skipped%n", t.test());
                continue;
            }
            String score = t.score() == null ? "" : "  score " + JudgeResult.points(t.score());
            out.printf(Locale.ROOT, "  %-" + width + "s  %-3s  %6.2f s  %8.1f MiB%s%s%n", t.test(), t.verdict().name(),
                    t.time().toMillis() / 1000.0, t.memory().kib() / 1024.0, score,
                    t.message().isEmpty() ? "" : "  " + t.message().replace('\n', ' '));
        }
        String score = r.score() == null ? "" : " (score " + JudgeResult.points(r.score()) + ")";
        out.printf(Locale.ROOT, "%s%s · max time %.2f s · max memory %.1f MiB%n", r.verdict().title(), score,
                r.maxTime().toMillis() / 1000.0, r.maxMemory().kib() / 1024.0);
        if (!r.subtasks().isEmpty()) out.println(subtasks(r.subtasks()));
        if (!r.reason().isEmpty()) out.println(r.reason());
        out.flush();
    }

    /** "subtasks: group1 20, group2 0, group3 30". */
    static String subtasks(List<Subtask> subtasks) {
        return subtasks.stream().map(s -> s.name() + " " + JudgeResult.points(s.score()))
                .collect(Collectors.joining(", ", "subtasks: ", ""));
    }
}
