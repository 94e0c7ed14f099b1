package dev.gavel.server.clics;

import dev.gavel.server.api.ApiException;
import dev.gavel.server.contest.Contest;
import dev.gavel.server.contest.ContestService;
import dev.gavel.server.user.BearerAuthFilter;
import dev.gavel.server.user.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The event feed: the contest's log as NDJSON, one event a line
 * ({@code {"type": ..., "id": ..., "data": ..., "token": ...}}), from the start or after {@code since_token}.
 * Administrators read every event, everyone else the public ones. With {@code stream=false} the answer ends after
 * the events there are; by default it stays open, sends new events as they are logged, and an empty line after
 * {@code gavel.clics.keep-alive} of silence.
 */
@RestController
class EventFeedController {

    static final String NDJSON = "application/x-ndjson";
    private static final int PAGE = 500;

    private final ContestService contests;
    private final JournalKeeper keeper;
    private final ClicsStore store;
    private final ClicsProperties properties;

    EventFeedController(ContestService contests, JournalKeeper keeper, ClicsStore store, ClicsProperties properties) {
        this.contests = contests;
        this.keeper = keeper;
        this.store = store;
        this.properties = properties;
    }

    @GetMapping("/api/clics/contests/{contest}/event-feed")
    void feed(@PathVariable String contest, @RequestParam(name = "since_token", required = false) String sinceToken,
              @RequestParam(required = false) String stream, HttpServletRequest request,
              HttpServletResponse response) throws IOException, InterruptedException {
        Optional<CurrentUser> user = BearerAuthFilter.userOf(request);
        Contest c = contests.visible(contest, user);
        Audience audience = ClicsController.audience(user);
        boolean streaming = streaming(stream);
        long lastSeq = keeper.read(c, ContestJournal::lastSeq);
        long after = after(sinceToken, lastSeq);
        response.setContentType(NDJSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        OutputStream out = response.getOutputStream();
        response.flushBuffer();
        try {
            send(c, audience, after, streaming, out, response);
        } catch (IOException e) {
            // the client went away
        }
    }

    private void send(Contest c, Audience audience, long after, boolean streaming, OutputStream out,
                      HttpServletResponse response) throws IOException, InterruptedException {
        long sent = after;
        long seen = after;
        long lastWrite = System.nanoTime();
        while (true) {
            long known = keeper.lastSeq(c.id());
            List<FeedEvent> events = store.eventsAfter(c.id(), sent, audience, PAGE);
            for (FeedEvent e : events) {
                out.write(line(e).getBytes(StandardCharsets.UTF_8));
                sent = e.seq();
            }
            if (!events.isEmpty()) {
                response.flushBuffer();
                lastWrite = System.nanoTime();
            }
            if (events.size() == PAGE) continue;
            seen = Math.max(sent, known);
            if (!streaming) return;
            if (System.nanoTime() - lastWrite >= properties.keepAlive().toNanos()) {
                out.write('\n');
                response.flushBuffer();
                lastWrite = System.nanoTime();
            }
            long waitNanos = Math.min(properties.keepAlive().toNanos(), JournalKeeper.TICK_MILLIS * 1_000_000);
            if (!keeper.awaitEvents(c.id(), seen, Duration.ofNanos(waitNanos))) return;
        }
    }

    static String line(FeedEvent e) {
        return "{\"type\":\"" + e.key().type().wireName() + "\",\"id\":" + ClicsJson.quote(e.key().id())
                + ",\"data\":" + (e.data() == null ? "null" : e.data()) + ",\"token\":\"" + e.seq() + "\"}\n";
    }

    private static boolean streaming(String stream) {
        if (stream == null || stream.equals("true")) return true;
        if (stream.equals("false")) return false;
        throw ApiException.badRequest("bad-stream", "stream is 'true' (the default: stay open) or 'false', got '"
                + stream + "'");
    }

    /** The seq to resume after: 0 without a token; a token must be one this feed gave. */
    private static long after(String sinceToken, long lastSeq) {
        if (sinceToken == null) return 0;
        long seq;
        try {
            seq = Long.parseLong(sinceToken);
        } catch (NumberFormatException e) {
            seq = -1;
        }
        if (seq < 1 || seq > lastSeq) {
            throw ApiException.badRequest("bad-token", "since_token '" + sinceToken + "' is not a token of this "
                    + "feed: send the token of the last event you read, or no token to read from the start");
        }
        return seq;
    }
}
