package dev.gavel.server.api;

import dev.gavel.judge.Verdict;
import dev.gavel.judge.language.Language;
import dev.gavel.server.engine.JudgeEngine;
import dev.gavel.server.problem.ProblemStore;
import dev.gavel.server.submission.SubmissionEvent;
import dev.gavel.server.submission.SubmissionEvents;
import dev.gavel.server.submission.SubmissionRow;
import dev.gavel.server.submission.SubmissionStore;
import dev.gavel.server.submission.SubmissionView;
import dev.gavel.server.submission.SubmissionViews;
import dev.gavel.server.user.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Submissions: poll one, stream its progress (SSE), a user's history. Only the submitter and admins see one. */
@RestController
public class SubmissionsController {

    private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(10);

    private final SubmissionStore store;
    private final SubmissionViews views;
    private final SubmissionEvents events;
    private final ProblemStore problems;
    private final JudgeEngine engine;

    public SubmissionsController(SubmissionStore store, SubmissionViews views, SubmissionEvents events,
                                 ProblemStore problems, JudgeEngine engine) {
        this.store = store;
        this.views = views;
        this.events = events;
        this.problems = problems;
        this.engine = engine;
    }

    @GetMapping("/api/submissions/{id}")
    public SubmissionView get(@PathVariable long id, HttpServletRequest request) {
        SubmissionRow row = visible(id, Requests.signedIn(request));
        return current(row);
    }

    private SubmissionView current(SubmissionRow row) {
        if (row.done()) return views.of(row);
        return events.live(row.id()).map(SubmissionEvent::view).orElseGet(() -> views.of(row));
    }

    @GetMapping(path = "/api/submissions/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter stream(@PathVariable long id, HttpServletRequest request) throws IOException {
        SubmissionRow row = visible(id, Requests.signedIn(request));
        SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
        Runnable stop = events.watch(id, event -> send(emitter, event));
        emitter.onCompletion(stop);
        emitter.onTimeout(stop);
        emitter.onError(e -> stop.run());
        // the state now, read after watching began, so no change between the two is missed
        SubmissionRow now = store.find(id).orElse(row);
        send(emitter, new SubmissionEvent(now.userId(), current(now)));
        return emitter;
    }

    private static void send(SseEmitter emitter, SubmissionEvent event) {
        try {
            emitter.send(SseEmitter.event().name(event.name()).id(String.valueOf(System.nanoTime()))
                    .data(event.view(), MediaType.APPLICATION_JSON));
            if (event.last()) emitter.complete();
        } catch (IOException | IllegalStateException e) {
            emitter.completeWithError(e);
        }
    }

    /** The signed-in user's submissions, newest first; {@code problem}, {@code verdict} and {@code language} filter. */
    @GetMapping("/api/users/me/submissions")
    public List<SubmissionView> mine(@RequestParam(defaultValue = "1") int page,
                                     @RequestParam(defaultValue = "20") int limit,
                                     @RequestParam(required = false) String problem,
                                     @RequestParam(required = false) String verdict,
                                     @RequestParam(required = false) String language, HttpServletRequest request) {
        CurrentUser user = Requests.signedIn(request);
        int offset = Requests.offset(page, limit);
        SubmissionStore.HistoryFilter filter = new SubmissionStore.HistoryFilter(problemFilter(problem),
                verdictFilter(verdict), languageFilter(language));
        return store.byUser(user.id(), filter, offset, limit).stream().map(this::current).toList();
    }

    private String problemFilter(String slug) {
        if (blank(slug)) return null;
        if (problems.bySlug(slug.strip()).isEmpty()) {
            throw ApiException.badRequest("unknown-problem", "there is no problem '" + slug + "' to filter by");
        }
        return slug.strip();
    }

    private static String verdictFilter(String verdict) {
        if (blank(verdict)) return null;
        return Verdict.parse(verdict.strip()).map(Verdict::name).orElseThrow(() -> ApiException.badRequest(
                "unknown-verdict", "there is no verdict '" + verdict + "'; verdicts are "
                        + Arrays.stream(Verdict.values()).map(Verdict::name).collect(Collectors.joining(", "))));
    }

    private String languageFilter(String language) {
        if (blank(language)) return null;
        return engine.languages().byId(language.strip()).map(Language::id).orElseThrow(() -> ApiException.badRequest(
                "unknown-language", "there is no language '" + language + "' to filter by"));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The submitted source as it was sent; only the submitter and admins may read it. */
    @GetMapping(path = "/api/submissions/{id}/source", produces = MediaType.TEXT_PLAIN_VALUE)
    public ResponseEntity<String> source(@PathVariable long id, HttpServletRequest request) {
        SubmissionRow row = visible(id, Requests.signedIn(request));
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(row.source());
    }

    private SubmissionRow visible(long id, CurrentUser user) {
        SubmissionRow row = store.find(id).orElseThrow(() -> notFound(id));
        if (!user.admin() && !Objects.equals(row.userId(), user.id())) throw notFound(id);
        return row;
    }

    private static ApiException notFound(long id) {
        return ApiException.notFound("unknown-submission", "there is no submission " + id + " of yours");
    }
}
