package dev.gavel.server.submission;

import dev.gavel.judge.Verdict;
import dev.gavel.judge.grading.JudgeResult;
import dev.gavel.judge.grading.TestResult;
import dev.gavel.judge.judging.JudgeOptions;
import dev.gavel.judge.judging.Progress;
import dev.gavel.judge.judging.Submission;
import dev.gavel.judge.language.Language;
import dev.gavel.judge.problem.TestCase;
import dev.gavel.server.engine.JudgeEngine;
import dev.gavel.server.problem.LoadedProblem;
import dev.gavel.server.problem.ProblemCatalog;
import dev.gavel.server.queue.Job;
import dev.gavel.server.queue.JobHandler;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Judges practice submissions (job kind {@code submission}) with the engine, pushing progress as it goes. */
@Component
public class SubmissionJudging implements JobHandler {

    private final SubmissionStore store;
    private final ProblemCatalog problems;
    private final JudgeEngine engine;
    private final SubmissionEvents events;
    private final SubmissionViews views;
    private final Timer latency;
    private final List<ContestSubmissionListener> contestListeners;

    public SubmissionJudging(SubmissionStore store, ProblemCatalog problems, JudgeEngine engine,
                             SubmissionEvents events, SubmissionViews views, MeterRegistry meters,
                             List<ContestSubmissionListener> contestListeners) {
        this.contestListeners = contestListeners;
        this.store = store;
        this.problems = problems;
        this.engine = engine;
        this.events = events;
        this.views = views;
        this.latency = Timer.builder("gavel.verdict.latency")
                .description("time from a submission's acceptance to its verdict")
                .publishPercentileHistogram().publishPercentiles(0.5, 0.99).register(meters);
    }

    @Override
    public String kind() {
        return SubmissionService.KIND;
    }

    @Override
    public Outcome judge(Job job) {
        Optional<SubmissionRow> found = store.find(job.refId());
        if (found.isEmpty()) return Outcome.done(() -> { }, null);
        SubmissionRow row = found.get();
        Optional<LoadedProblem> problem = problems.byId(row.problemId());
        Optional<Language> language = engine.languages().byId(row.language());
        if (problem.isEmpty() || language.isEmpty()) {
            String why = problem.isEmpty() ? "problem '" + row.problemSlug() + "' is not loaded on this server"
                    : "language '" + row.language() + "' is not known to this server";
            return finish(row, JudgeResult.early(Verdict.SE, "", List.of(), "System Error: " + why), Map.of());
        }
        Map<String, Boolean> samples = problem.get().prepared().problem().tests().stream()
                .collect(Collectors.toMap(TestCase::name, TestCase::sample, (a, b) -> a));
        JudgeResult result = judge(row, problem.get(), language.get());
        return finish(row, result, samples);
    }

    private JudgeResult judge(SubmissionRow row, LoadedProblem problem, Language language) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory(engine.scratch(), "src-");
            Path file = dir.resolve(language.details().sourceName());
            Files.writeString(file, row.source(), StandardCharsets.UTF_8);
            JudgeOptions options = JudgeOptions.withTimeLimit(problems.timeLimit(problem));
            return engine.judge().judge(problem.prepared(), Submission.of(file, language), options,
                    progress -> events.publish(new SubmissionEvent(row.userId(), live(row, progress))));
        } catch (IOException e) {
            return JudgeResult.early(Verdict.SE, "", List.of(), "System Error: cannot write the source: " + e);
        } finally {
            if (dir != null) engine.deleteLater(dir);
        }
    }

    private SubmissionView live(SubmissionRow row, Progress progress) {
        return switch (progress) {
            case Progress.Compiling c -> views.withProgress(row, "compiling", null, null);
            case Progress.Testing t -> views.withProgress(row, "running", t.index(), t.total());
        };
    }

    private Outcome finish(SubmissionRow row, JudgeResult result, Map<String, Boolean> samples) {
        List<TestView> tests = new ArrayList<>();
        int index = 0;
        for (TestResult t : result.tests()) {
            index++;
            if (t.isSkipped()) continue;
            boolean sample = samples.getOrDefault(t.test(), false);
            tests.add(new TestView(index, sample ? t.test() : null, sample, t.verdict().name(), t.time().toMillis(),
                    t.memory().kib(), sample ? t.message() : null, sample ? t.output() : null));
        }
        String testsJson = views.testsJson(tests);
        String subtasksJson = result.subtasks().isEmpty() ? null : views.subtasksJson(result.subtasks());
        // the stored timestamps keep microseconds (PostgreSQL), so the event says what a later read says
        OffsetDateTime judgedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        SubmissionRow judged = row.judged(result.verdict().name(), result.score(), result.maxTime().toMillis(),
                result.maxMemory().kib(), result.compileOutput(), result.reason(), testsJson, subtasksJson, judgedAt);
        Runnable write = () -> {
            store.saveResult(judged);
            if (row.contestId() != null) contestListeners.forEach(l -> l.changing(row.contestId(), row.id()));
        };
        // the final event is made from the row as written, not read back: the transaction that wrote it has committed
        Runnable after = () -> {
            latency.record(Duration.between(row.createdAt(), OffsetDateTime.now(ZoneOffset.UTC)));
            events.publish(new SubmissionEvent(judged.userId(), views.of(judged)));
            if (row.contestId() != null) contestListeners.forEach(l -> l.changed(row.contestId(), row.id()));
        };
        return result.verdict() == Verdict.SE ? Outcome.systemError(result.reason(), write, after)
                : Outcome.done(write, after);
    }

}
