package dev.gavel.server.admin;

import dev.gavel.judge.Verdict;
import dev.gavel.judge.verify.SubmissionJudge;
import dev.gavel.judge.verify.Verifier;
import dev.gavel.judge.verify.VerifyRow;
import dev.gavel.judge.verify.VerifySummary;
import dev.gavel.server.engine.JudgeEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Verifies an imported problem's package in the background, as {@code gavel verify} does: its jury submissions
 * (submissions/accepted, wrong_answer …) judged and compared with their expected verdicts. One run at a time per
 * problem, judged one submission at a time so contest judging keeps the cores. The latest result of each problem is
 * kept in memory only: a restart forgets it.
 */
@Service
public class ProblemVerifications {

    private static final Logger log = LoggerFactory.getLogger(ProblemVerifications.class);
    private static final Duration GENEROUS_LIMIT = Duration.ofSeconds(10);

    private final JudgeEngine engine;
    private final Map<String, Run> latest = new ConcurrentHashMap<>();

    public ProblemVerifications(JudgeEngine engine) {
        this.engine = engine;
    }

    /** A submission's result: what was expected, what it got. */
    public record Row(String submission, String language, List<String> expected, String got, String status,
                      long timeMs, String note) {

        static Row of(VerifyRow r) {
            return new Row(r.submission(), r.language(), r.expected().stream().map(Verdict::name).toList(),
                    r.actual() == null ? null : r.actual().name(), r.status().name().toLowerCase(Locale.ROOT),
                    r.maxTime().toMillis(), r.note());
        }
    }

    /**
     * A verification: {@code state} is running, done or failed; {@code passed} (once done) is whether every
     * submission matched; rows are added as submissions are judged.
     */
    public record Run(String problem, String state, Instant startedAt, Instant finishedAt, Integer total,
                      List<Row> rows, Boolean passed, String error) {

        Run with(List<Row> more, Integer total) {
            List<Row> all = new ArrayList<>(rows);
            all.addAll(more);
            return new Run(problem, state, startedAt, finishedAt, total, List.copyOf(all), passed, error);
        }
    }

    public Optional<Run> latest(String problem) {
        return Optional.ofNullable(latest.get(problem));
    }

    /** Starts verifying the package in its directory; empty if a verification of it is running already. */
    public Optional<Run> start(String problem, Path packageDir) {
        Run started = new Run(problem, "running", Instant.now(), null, null, List.of(), null, null);
        Run previous = latest.compute(problem, (k, old) -> old != null && old.state().equals("running") ? old : started);
        if (previous != started) return Optional.empty();
        Thread.ofVirtual().name("gavel-verify-" + problem).start(() -> verify(problem, packageDir, started));
        return Optional.of(started);
    }

    private void verify(String problem, Path packageDir, Run started) {
        Verifier verifier = new Verifier(engine.languages(), SubmissionJudge.of(engine.judge()), 1, GENEROUS_LIMIT);
        Verifier.Listener progress = new Verifier.Listener() {
            @Override
            public void started(int submissions) {
                latest.computeIfPresent(problem, (k, run) -> run.with(List.of(), submissions));
            }

            @Override
            public void judged(VerifyRow row) {
                latest.computeIfPresent(problem, (k, run) -> run.with(List.of(Row.of(row)), run.total()));
            }
        };
        Run finished;
        try {
            List<VerifyRow> rows = verifier.verify(List.of(packageDir), progress);
            VerifySummary summary = VerifySummary.of(rows, Duration.between(started.startedAt(), Instant.now()));
            finished = new Run(problem, "done", started.startedAt(), Instant.now(), rows.size(),
                    rows.stream().map(Row::of).toList(), summary.allMatched(), null);
        } catch (RuntimeException e) {
            log.error("verifying problem '{}' failed", problem, e);
            Run sofar = latest.get(problem);
            finished = new Run(problem, "failed", started.startedAt(), Instant.now(), sofar.total(), sofar.rows(),
                    false, e.toString());
        }
        latest.put(problem, finished);
    }
}
