package dev.gavel.judge.cli;

import dev.gavel.judge.verify.JsonLinesReport;
import dev.gavel.judge.verify.Listeners;
import dev.gavel.judge.verify.ProgressBar;
import dev.gavel.judge.verify.SubmissionJudge;
import dev.gavel.judge.verify.TableReport;
import dev.gavel.judge.verify.Verifier;
import dev.gavel.judge.verify.VerifyRow;
import dev.gavel.judge.verify.VerifySummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code gavel verify}: judge every submission of problem packages and compare with the expected verdicts. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Judge every submission in each package's submissions/ and compare with its expected verdict.",
                "",
                "The expected verdict comes from the folder (accepted, wrong_answer, time_limit_exceeded, "
                        + "run_time_error, memory_limit_exceeded, output_limit_exceeded, compile_error, rejected) or "
                        + "from an '@EXPECTED_RESULTS@: A, B' line in a source, which wins. A submission is a file, or "
                        + "a directory of files. A package without a fixed time limit gets one from its slowest "
                        + "accepted submission."},
        exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.HELP_OK, ExitCodes.HELP_FAILED,
        ExitCodes.HELP_USAGE, ExitCodes.HELP_ENVIRONMENT})
final class VerifyCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PROBLEM_DIR_OR_ZIP", description = "problem packages to verify")
    List<Path> packages;

    @Option(names = "--json", description = "print one JSON object per line per submission, then a summary object")
    boolean json;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "submissions judged at once, each in its own sandbox (default: the number of cores)")
    Integer jobs;

    @Option(names = "--no-progress", description = "no progress bar on standard error, even on a terminal")
    boolean noProgress;

    @Option(names = "--generous-time-limit", paramLabel = "SECONDS", defaultValue = "10",
            description = "time limit for accepted submissions while a package's time limit is computed "
                    + "(default: ${DEFAULT-VALUE})")
    double generous;

    @Override
    public Integer call() {
        int workers = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (workers < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1");
        }
        if (!(generous > 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--generous-time-limit must be positive");
        }
        var out = spec.commandLine().getOut();
        try (Engine engine = Engine.start(workers)) {
            long start = System.nanoTime();
            List<Verifier.Listener> listeners = new ArrayList<>();
            JsonLinesReport jsonReport = json ? new JsonLinesReport(out) : null;
            TableReport table = json ? null : new TableReport(out);
            listeners.add(json ? jsonReport : table);
            ProgressBar bar = !noProgress && Terminal.stderrIsTerminal() ? new ProgressBar(System.err) : null;
            if (bar != null) listeners.add(bar);
            Verifier verifier = new Verifier(engine.languages, SubmissionJudge.of(engine.judge), workers,
                    Duration.ofMillis((long) (generous * 1000)));
            List<VerifyRow> rows = verifier.verify(packages, new Listeners(listeners));
            if (bar != null) bar.finish();
            VerifySummary summary = VerifySummary.of(rows, Duration.ofNanos(System.nanoTime() - start));
            if (json) {
                jsonReport.summary(summary);
            } else {
                table.print(summary);
            }
            return summary.allMatched() ? ExitCodes.OK : ExitCodes.FAILED;
        } catch (Engine.Unavailable e) {
            spec.commandLine().getErr().println("gavel verify: " + e.getMessage());
            return ExitCodes.ENVIRONMENT;
        }
    }
}
