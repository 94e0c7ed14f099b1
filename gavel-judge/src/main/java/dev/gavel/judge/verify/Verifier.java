package dev.gavel.judge.verify;

import dev.gavel.judge.Verdict;
import dev.gavel.judge.grading.Grader;
import dev.gavel.judge.grading.JudgeResult;
import dev.gavel.judge.grading.TestResult;
import dev.gavel.judge.judging.Judge;
import dev.gavel.judge.judging.JudgeOptions;
import dev.gavel.judge.judging.PreparedProblem;
import dev.gavel.judge.judging.Submission;
import dev.gavel.judge.language.Language;
import dev.gavel.judge.language.Languages;
import dev.gavel.judge.problem.PackageException;
import dev.gavel.judge.problem.Problem;
import dev.gavel.judge.problem.ProblemPackage;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Verifies problem packages: every submission judged (on {@code workers} threads, each judging in its own sandbox)
 * and compared with its expectation. A broken package is reported as a mismatch and the others still run.
 *
 * <p>A package without a fixed time limit gets one the way problemtools makes it: its accepted submissions are judged
 * first with a generous limit, the limit is the slowest of them × {@code ac_to_time_limit} rounded up to the time
 * resolution, and the other submissions are judged with that. Accepted submissions keep their first results (they all
 * ran within the new limit by construction).
 */
public final class Verifier {

    /** Hears about progress; called from worker threads, one call at a time. */
    public interface Listener {
        /** Everything is loaded: this many submissions will be reported. */
        default void started(int submissions) {
        }

        /** A problem's time limit, and how it was found. */
        default void timeLimit(String problem, Duration limit, String how) {
        }

        /** One submission is done. */
        default void judged(VerifyRow row) {
        }

        /** A package is done: its rows in order (a broken package has a single row). */
        default void packageDone(List<VerifyRow> rows) {
        }
    }

    private final Languages languages;
    private final SubmissionJudge judge;
    private final int workers;
    private final Duration generousLimit;

    /**
     * @param generousLimit the time limit for accepted submissions while finding a package's time limit
     */
    public Verifier(Languages languages, SubmissionJudge judge, int workers, Duration generousLimit) {
        this.languages = languages;
        this.judge = judge;
        this.workers = Math.max(1, workers);
        this.generousLimit = generousLimit;
    }

    private record Job(String problem, FoundSubmission found, Language language, Expectation expectation) {
    }

    private record Loaded(String display, ProblemPackage pkg, PreparedProblem prepared, List<Job> jobs,
                          List<VerifyRow> early, Double maxScore) implements AutoCloseable {

        /** Removes the compiled validator and the extracted package; closing again does nothing. */
        @Override
        public void close() {
            if (prepared != null) prepared.close();
            if (pkg != null) pkg.close();
        }
    }

    /**
     * Verifies the packages; returns every row, package by package in the order given. All packages share the
     * workers, so a package's last slow submissions do not leave cores idle while the next one waits.
     */
    public List<VerifyRow> verify(List<Path> packages, Listener listener) {
        List<Loaded> loaded = new ArrayList<>();
        List<VerifyRow> all = new ArrayList<>();
        try {
            for (Path p : packages) loaded.add(load(p));
            listener.started(loaded.stream().mapToInt(l -> l.jobs.size() + l.early.size()).sum());
            ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "gavel-verify");
                t.setDaemon(true);
                return t;
            });
            // one coordinator per package: it only waits for its package's submissions on the shared workers
            ExecutorService coordinators = Executors.newVirtualThreadPerTaskExecutor();
            try {
                List<Future<List<VerifyRow>>> perPackage = new ArrayList<>();
                for (Loaded l : loaded) perPackage.add(coordinators.submit(() -> rowsOf(l, pool, listener)));
                for (int i = 0; i < loaded.size(); i++) {
                    Loaded l = loaded.get(i);
                    List<VerifyRow> rows = rowsOf(l, perPackage.get(i));
                    listener.packageDone(rows);
                    all.addAll(rows);
                    l.close();
                }
            } finally {
                coordinators.shutdownNow();
                pool.shutdownNow();
            }
        } finally {
            loaded.forEach(Loaded::close);
        }
        return all;
    }

    private List<VerifyRow> rowsOf(Loaded l, ExecutorService pool, Listener listener) {
        List<VerifyRow> rows = new ArrayList<>(l.early);
        synchronized (listener) {
            l.early.forEach(listener::judged);
        }
        if (l.prepared != null) rows.addAll(run(l, pool, listener));
        rows.sort(Comparator.comparing((VerifyRow r) -> r.submission() == null ? "" : r.submission()));
        return rows;
    }

    private static List<VerifyRow> rowsOf(Loaded l, Future<List<VerifyRow>> rows) {
        try {
            return rows.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of(broken(l.display, new PackageException(l.display + ": verification interrupted")));
        } catch (ExecutionException e) {
            return List.of(broken(l.display, new PackageException(l.display + ": verification failed: " + e.getCause())));
        }
    }

    private Loaded load(Path path) {
        String display = path.toAbsolutePath().normalize().getFileName().toString();
        ProblemPackage pkg;
        try {
            pkg = ProblemPackage.open(path);
        } catch (PackageException e) {
            return new Loaded(display, null, null, List.of(), List.of(broken(display, e)), null);
        }
        Problem problem = pkg.problem();
        PreparedProblem prepared;
        try {
            prepared = judge.prepare(problem);
        } catch (PackageException e) {
            return new Loaded(display, pkg, null, List.of(), List.of(broken(display, e)), null);
        } catch (RuntimeException e) {
            return new Loaded(display, pkg, null, List.of(), List.of(broken(display,
                    new PackageException(display + ": cannot prepare the problem: " + e))), null);
        }
        List<FoundSubmission> found;
        try {
            found = SubmissionFinder.find(problem.root());
        } catch (IOException e) {
            prepared.close();
            return new Loaded(display, pkg, null, List.of(), List.of(broken(display,
                    new PackageException(display + "/submissions/: cannot list: " + e.getMessage()))), null);
        }
        List<Job> jobs = new ArrayList<>();
        List<VerifyRow> early = new ArrayList<>();
        for (FoundSubmission f : found) {
            Expectation expectation;
            try {
                expectation = ExpectedResults.of(f.folder(), f.files(), problem.root());
            } catch (IllegalArgumentException e) {
                early.add(new VerifyRow(display, f.path(), null, List.of(), null, null, Duration.ZERO, 0,
                        VerifyRow.Status.MISMATCH, display + "/" + e.getMessage()));
                continue;
            }
            Optional<Language> language = languageOf(problem, f);
            if (language.isEmpty()) {
                early.add(new VerifyRow(display, f.path(), null, expectation.sorted(), null, null, Duration.ZERO, 0,
                        VerifyRow.Status.SKIPPED, unknownLanguage(display, f)));
                continue;
            }
            jobs.add(new Job(display, f, language.get(), expectation));
        }
        if (found.isEmpty()) {
            early.add(new VerifyRow(display, null, null, List.of(), null, null, Duration.ZERO, 0, VerifyRow.Status.SKIPPED,
                    display + "/submissions/: no submissions to verify"));
        }
        Double maxScore = Grader.maxScore(problem);
        return new Loaded(display, pkg, prepared, jobs, early, maxScore);
    }

    private static VerifyRow broken(String display, PackageException e) {
        return new VerifyRow(display, null, null, List.of(), null, null, Duration.ZERO, 0, VerifyRow.Status.MISMATCH,
                e.getMessage());
    }

    private String unknownLanguage(String display, FoundSubmission f) {
        String name = f.files().get(0).getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "(none)" : "'" + name.substring(dot) + "'";
        String file = f.dir() ? f.path() + "/" : f.path();
        return "skipped: unknown source extension " + ext + " (file " + display + "/" + file + ")";
    }

    private Optional<Language> languageOf(Problem problem, FoundSubmission f) {
        if (!f.dir()) return languages.forFile(f.files().get(0));
        String entry = problem.entryPoints().get(f.key());
        if (entry != null) {
            for (Path p : f.files()) {
                if (p.getFileName().toString().equals(entry)) return languages.forFile(p);
            }
        }
        return languages.mostCommon(f.files());
    }

    private List<VerifyRow> run(Loaded l, ExecutorService pool, Listener listener) {
        Problem problem = l.prepared.problem();
        Optional<Duration> fixed = problem.limits().fixedTimeLimit();
        if (fixed.isPresent()) {
            synchronized (listener) {
                listener.timeLimit(l.display, fixed.get(), "fixed by the package");
            }
            return judgeAll(l, l.jobs, fixed.get(), pool, listener).rows;
        }
        List<Job> accepted = l.jobs.stream()
                .filter(j -> j.expectation.allowed().equals(java.util.Set.of(Verdict.AC))).toList();
        List<Job> others = l.jobs.stream().filter(j -> !accepted.contains(j)).toList();
        Batch first = judgeAll(l, accepted, generousLimit, pool, listener);
        Duration slowest = first.slowestAccepted;
        Duration limit;
        String how;
        if (slowest == null) {
            limit = problem.limits().computeTimeLimit(Duration.ofMillis(200));
            how = "no accepted submission ran: computed from 0.2 s";
        } else {
            limit = problem.limits().computeTimeLimit(slowest);
            how = "slowest accepted " + seconds(slowest) + " s × " + problem.limits().acToTimeLimit()
                    + ", rounded up";
        }
        synchronized (listener) {
            listener.timeLimit(l.display, limit, how);
        }
        List<VerifyRow> rows = new ArrayList<>(first.rows);
        rows.addAll(judgeAll(l, others, limit, pool, listener).rows);
        return rows;
    }

    private record Batch(List<VerifyRow> rows, Duration slowestAccepted) {
    }

    private Batch judgeAll(Loaded l, List<Job> jobs, Duration limit, ExecutorService pool, Listener listener) {
        List<Future<VerifyRow>> futures = new ArrayList<>();
        List<Duration> acceptedTimes = new ArrayList<>();
        for (Job job : jobs) {
            futures.add(pool.submit(() -> {
                VerifyRow row = judgeOne(l, job, limit, acceptedTimes);
                synchronized (listener) {
                    listener.judged(row);
                }
                return row;
            }));
        }
        List<VerifyRow> rows = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
            try {
                rows.add(futures.get(i).get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException e) {
                Job job = jobs.get(i);
                rows.add(new VerifyRow(l.display, job.found.path(), job.language.id(), job.expectation.sorted(), null,
                        null, Duration.ZERO, 0, VerifyRow.Status.MISMATCH, "judge failed: " + e.getCause()));
            }
        }
        Duration slowest;
        synchronized (acceptedTimes) {
            slowest = acceptedTimes.stream().max(Comparator.naturalOrder()).orElse(null);
        }
        return new Batch(rows, slowest);
    }

    private VerifyRow judgeOne(Loaded l, Job job, Duration limit, List<Duration> acceptedTimes) {
        Problem problem = l.prepared.problem();
        String entry = problem.entryPoints().get(job.found.key());
        Submission submission = new Submission(job.found.files(), job.language, entry);
        double margin = problem.limits().timeLimitToTle();
        JudgeResult result = judge.judge(l.prepared, submission,
                JudgeOptions.withTimeLimit(limit).withRunPastLimit(margin));
        if (result.verdict() == Verdict.AC) {
            synchronized (acceptedTimes) {
                acceptedTimes.add(result.maxTime());
            }
        }
        Verdict compared = job.expectation.firstFailure() ? firstFailure(result) : result.verdict();
        VerifyRow.Status status;
        String note = result.reason();
        if (!job.expectation.checked()) {
            status = VerifyRow.Status.SKIPPED;
            note = "not judged against: " + job.expectation.source() + (note.isEmpty() ? "" : "; " + note);
        } else {
            status = job.expectation.matches(compared) ? VerifyRow.Status.OK : VerifyRow.Status.MISMATCH;
            String scoreProblem = scoreProblem(job.expectation, result.score(), l.maxScore);
            if (scoreProblem != null) {
                status = VerifyRow.Status.MISMATCH;
                note = note.isEmpty() ? scoreProblem : scoreProblem + "; " + note;
            }
        }
        Duration clearly = Duration.ofNanos((long) (limit.toNanos() * margin));
        if (result.verdict() == Verdict.TLE && result.maxTime().compareTo(clearly) < 0
                && result.tests().stream().noneMatch(t -> t.message().contains(Judge.STOPPED))) {
            note = note + " (warning: only " + seconds(result.maxTime()) + " s, under time limit × time_limit_to_tle = "
                    + seconds(clearly) + " s; sensitive to the time limit)";
        }
        return new VerifyRow(l.display, job.found.path(), job.language.id(), job.expectation.sorted(), compared,
                result.score(), result.maxTime(), result.maxMemory().kib(), status, note);
    }

    /** The verdict a pass-fail judging would give: that of the first failing test (CE and SE stand as they are). */
    static Verdict firstFailure(JudgeResult result) {
        if (result.verdict() == Verdict.CE || result.verdict() == Verdict.SE) return result.verdict();
        return result.tests().stream().map(TestResult::verdict)
                .filter(v -> v != null && v != Verdict.AC).findFirst().orElse(result.verdict());
    }

    private static String scoreProblem(Expectation e, Double score, Double max) {
        if (score == null || max == null) return null;
        return switch (e.score()) {
            case ANY -> null;
            case FULL -> Math.abs(score - max) < 1e-9 ? null
                    : "score " + JudgeResult.points(score) + " is not the full score " + JudgeResult.points(max);
            case PARTIAL -> score < max - 1e-9 ? null
                    : "score " + JudgeResult.points(score) + " is the full score; partially_accepted expects less";
        };
    }

    static String seconds(Duration d) {
        return String.format(java.util.Locale.ROOT, "%.3f", d.toNanos() / 1e9);
    }
}
