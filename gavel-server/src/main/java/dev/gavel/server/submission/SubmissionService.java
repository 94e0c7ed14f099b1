package dev.gavel.server.submission;

import dev.gavel.judge.language.Language;
import dev.gavel.server.api.ApiException;
import dev.gavel.server.api.RateLimiter;
import dev.gavel.server.config.GavelProperties;
import dev.gavel.server.engine.JudgeEngine;
import dev.gavel.server.problem.LoadedProblem;
import dev.gavel.server.problem.ProblemCatalog;
import dev.gavel.server.queue.JobQueue;
import dev.gavel.server.queue.Lane;
import dev.gavel.server.queue.Workers;
import dev.gavel.server.store.GroupCommit;
import dev.gavel.server.submission.ContestSubmissionListener.SubmissionChange;
import dev.gavel.server.user.CurrentUser;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepts practice and contest submissions: checks them, stores them with their job in one transaction (durable before the
 * client hears back; concurrent submissions share a commit, see {@link GroupCommit}); the commit wakes a worker.
 */
@Service
public class SubmissionService {

    public static final String KIND = "submission";
    private static final int GROUP_COMMIT_BATCH = 256;

    private final SubmissionStore store;
    private final ProblemCatalog problems;
    private final JudgeEngine engine;
    private final JobQueue queue;
    private final Workers workers;
    private final TransactionTemplate tx;
    private final RateLimiter perUser;
    private final long maxSource;
    private final GroupCommit<SubmissionStore.NewSubmission> accepted;
    private final List<ContestSubmissionListener> contestListeners;

    public SubmissionService(SubmissionStore store, ProblemCatalog problems, JudgeEngine engine, JobQueue queue,
                             Workers workers, TransactionTemplate tx, GavelProperties properties,
                             MeterRegistry meters, List<ContestSubmissionListener> contestListeners) {
        this.store = store;
        this.problems = problems;
        this.engine = engine;
        this.queue = queue;
        this.workers = workers;
        this.tx = tx;
        this.perUser = new RateLimiter(properties.rate().submissionsPerMinute());
        this.maxSource = properties.limits().source().toBytes();
        this.contestListeners = contestListeners;
        this.accepted = new GroupCommit<>("submissions", tx, items -> {
            List<Long> ids = store.insertAll(items);
            enqueue(items, ids);
            return ids;
        }, GROUP_COMMIT_BATCH, meters, workers::wake);
    }

    private void enqueue(List<SubmissionStore.NewSubmission> items, List<Long> ids) {
        List<Long> practice = new ArrayList<>(ids.size());
        List<Long> contest = new ArrayList<>();
        List<SubmissionChange> changes = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Long contestId = items.get(i).contestId();
            if (contestId == null) {
                practice.add(ids.get(i));
            } else {
                contest.add(ids.get(i));
                changes.add(new SubmissionChange(contestId, ids.get(i)));
            }
        }
        if (!changes.isEmpty()) contestListeners.forEach(l -> l.changingAll(changes));
        if (!practice.isEmpty()) queue.enqueueAll(KIND, practice, Lane.PRACTICE);
        if (!contest.isEmpty()) queue.enqueueAll(KIND, contest, Lane.CONTEST);
    }

    @PreDestroy
    void close() {
        accepted.close();
    }

    /** Stores a practice submission and queues it; returns its id. Refused (nothing stored) with a reason. */
    public long submit(CurrentUser user, String slug, String languageId, String source) {
        LoadedProblem problem = problem(slug);
        Language language = checkSource(languageId, source);
        take(perUser, "user:" + user.id());
        return accept(new SubmissionStore.NewSubmission(user.id(), problem.id(), language.id(), source, null));
    }

    /**
     * Stores a contest submission and queues it in the contest lane; the caller has checked that the contest takes
     * it. {@code rate} is the contest's own per-participant limit, or null for the server's.
     */
    public long submitToContest(CurrentUser user, long contestId, long problemId, String languageId, String source,
                                RateLimiter rate) {
        problems.byId(problemId).orElseThrow(() -> new ApiException(HttpStatus.SERVICE_UNAVAILABLE,
                "problem-not-loaded", "this contest problem is not loaded on this server; try again later"));
        Language language = checkSource(languageId, source);
        if (rate == null) take(perUser, "user:" + user.id());
        else take(rate, "contest:" + contestId + ":user:" + user.id());
        long id = accept(new SubmissionStore.NewSubmission(user.id(), problemId, language.id(), source, contestId));
        contestListeners.forEach(l -> l.changed(contestId, id));
        return id;
    }

    private long accept(SubmissionStore.NewSubmission submission) {
        return accepted.write(submission);
    }

    private LoadedProblem problem(String slug) {
        return problems.bySlug(slug)
                .orElseThrow(() -> ApiException.notFound("unknown-problem", "there is no problem '" + slug + "'"));
    }

    private Language checkSource(String languageId, String source) {
        if (languageId == null || languageId.isBlank()) {
            throw ApiException.badRequest("missing-language", "say which language the source is in ('language')");
        }
        Language language = engine.languages().byId(languageId).orElseThrow(() -> new ApiException(
                HttpStatus.BAD_REQUEST, "unknown-language", "there is no language '" + languageId + "'; see the "
                + "problem's 'languages' for the ones it accepts"));
        if (!engine.installed(language)) {
            throw ApiException.badRequest("language-not-installed", "'" + languageId + "' is not installed on this "
                    + "server; see the problem's 'languages' for the ones it accepts");
        }
        if (source == null || source.isBlank()) {
            throw ApiException.badRequest("empty-source", "the source ('source') is empty");
        }
        long size = source.getBytes(StandardCharsets.UTF_8).length;
        if (size > maxSource) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "source-too-large", "the source is " + size
                    + " bytes; the most this server takes is " + maxSource + " bytes");
        }
        if (source.indexOf('\0') >= 0) {
            throw ApiException.badRequest("binary-source", "the source contains NUL characters; send text");
        }
        return language;
    }

    private static void take(RateLimiter limiter, String key) {
        long wait = limiter.take(key);
        if (wait > 0) {
            throw ApiException.tooManyRequests("at most " + limiter.perMinute() + " submissions a minute; try again in "
                    + wait + " s", wait);
        }
    }


    /** Queues every finished submission of the problem again, in the rejudge lane; returns how many. */
    public int rejudge(String slug) {
        LoadedProblem problem = problems.bySlug(slug)
                .orElseThrow(() -> ApiException.notFound("unknown-problem", "there is no problem '" + slug + "'"));
        return rejudge(store.doneForProblem(problem.id()), Lane.REJUDGE);
    }

    /** Queues the given finished submissions again in the lane; returns how many were queued. */
    public int rejudge(List<SubmissionStore.Finished> finished, Lane lane) {
        int n = 0;
        for (SubmissionStore.Finished f : finished) {
            Boolean queued = tx.execute(s -> {
                if (!store.markQueued(f.id())) return false;
                queue.enqueue(KIND, f.id(), lane);
                if (f.contestId() != null) contestListeners.forEach(l -> l.changing(f.contestId(), f.id()));
                return true;
            });
            if (Boolean.TRUE.equals(queued)) {
                n++;
                if (f.contestId() != null) contestListeners.forEach(l -> l.changed(f.contestId(), f.id()));
            }
        }
        workers.wake();
        return n;
    }
}
