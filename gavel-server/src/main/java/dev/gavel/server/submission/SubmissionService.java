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
import dev.gavel.server.user.CurrentUser;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepts practice submissions: checks them, stores them with their job in one transaction (durable before the
 * client hears back; concurrent submissions share a commit, see {@link GroupCommit}), wakes a worker.
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

    public SubmissionService(SubmissionStore store, ProblemCatalog problems, JudgeEngine engine, JobQueue queue,
                             Workers workers, TransactionTemplate tx, GavelProperties properties,
                             MeterRegistry meters) {
        this.store = store;
        this.problems = problems;
        this.engine = engine;
        this.queue = queue;
        this.workers = workers;
        this.tx = tx;
        this.perUser = new RateLimiter(properties.rate().submissionsPerMinute());
        this.maxSource = properties.limits().source().toBytes();
        this.accepted = new GroupCommit<>("submissions", tx, items -> {
            List<Long> ids = store.insertAll(items);
            queue.enqueueAll(KIND, ids, Lane.PRACTICE);
            return ids;
        }, GROUP_COMMIT_BATCH, meters);
    }

    @PreDestroy
    void close() {
        accepted.close();
    }

    /** Stores a submission and queues it; returns its id. Refused (nothing stored) with a reason. */
    public long submit(CurrentUser user, String slug, String languageId, String source) {
        LoadedProblem problem = problems.bySlug(slug)
                .orElseThrow(() -> ApiException.notFound("unknown-problem", "there is no problem '" + slug + "'"));
        if (languageId == null || languageId.isBlank()) {
            throw ApiException.badRequest("missing-language", "say which language the source is in ('language')");
        }
        Language language = engine.languages().byId(languageId).orElseThrow(() -> new ApiException(
                HttpStatus.BAD_REQUEST, "unknown-language", "there is no language '" + languageId + "'; see the "
                + "problem's 'languages' for the ones it accepts"));
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
        long wait = perUser.take("user:" + user.id());
        if (wait > 0) {
            throw ApiException.tooManyRequests("at most " + perUserLimit() + " submissions a minute; try again in "
                    + wait + " s", wait);
        }
        long id = accepted.write(new SubmissionStore.NewSubmission(user.id(), problem.id(), language.id(), source));
        workers.wake();
        return id;
    }

    private int perUserLimit() {
        return perUser.perMinute();
    }

    /** Queues every finished submission of the problem again, in the rejudge lane; returns how many. */
    public int rejudge(String slug) {
        LoadedProblem problem = problems.bySlug(slug)
                .orElseThrow(() -> ApiException.notFound("unknown-problem", "there is no problem '" + slug + "'"));
        List<Long> ids = store.doneForProblem(problem.id());
        int n = 0;
        for (long id : ids) {
            Boolean queued = tx.execute(s -> {
                if (!store.markQueued(id)) return false;
                queue.enqueue(KIND, id, Lane.REJUDGE);
                return true;
            });
            if (Boolean.TRUE.equals(queued)) n++;
        }
        workers.wake();
        return n;
    }
}
