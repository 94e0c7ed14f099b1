package dev.gavel.server.api;

import dev.gavel.server.submission.SubmissionEvent;
import dev.gavel.server.submission.SubmissionEvents;
import dev.gavel.server.submission.SubmissionRow;
import dev.gavel.server.submission.SubmissionStore;
import dev.gavel.server.submission.SubmissionView;
import dev.gavel.server.submission.SubmissionViews;
import dev.gavel.server.user.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.springframework.http.MediaType;
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

    public SubmissionsController(SubmissionStore store, SubmissionViews views, SubmissionEvents events) {
        this.store = store;
        this.views = views;
        this.events = events;
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

    @GetMapping("/api/users/me/submissions")
    public List<SubmissionView> mine(@RequestParam(defaultValue = "1") int page,
                                     @RequestParam(defaultValue = "20") int limit, HttpServletRequest request) {
        CurrentUser user = Requests.signedIn(request);
        return store.byUser(user.id(), Requests.offset(page, limit), limit).stream().map(this::current).toList();
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
