package dev.gavel.server.api;

import dev.gavel.server.contest.Contest;
import dev.gavel.server.contest.ContestBoards;
import dev.gavel.server.contest.ContestProblem;
import dev.gavel.server.contest.ContestService;
import dev.gavel.server.contest.LeaderboardFeed;
import dev.gavel.server.contest.LeaderboardRow;
import dev.gavel.server.contest.board.BoardPage;
import dev.gavel.server.contest.board.RevealStep;
import dev.gavel.server.contest.board.View;
import dev.gavel.server.user.BearerAuthFilter;
import dev.gavel.server.user.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A contest's leaderboard: pages of it, the rows around a participant, its changes as Server-Sent Events, and the
 * administrators' unfreeze and step-by-step reveal. The public view hides results after the freeze; administrators
 * may ask for the full view ({@code view=full}); a participant always gets their own true row as {@code me}.
 */
@RestController
public class LeaderboardController {

    static final int MAX_ROWS = 1000;
    private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

    private final ContestService contests;
    private final ContestBoards boards;
    private final LeaderboardFeed feed;

    public LeaderboardController(ContestService contests, ContestBoards boards, LeaderboardFeed feed) {
        this.contests = contests;
        this.boards = boards;
        this.feed = feed;
    }

    /**
     * @param frozen      the public view hides results now
     * @param lastEventId the view's last change in these rows: follow the events from it
     * @param me          the asking participant's own row, true even during the freeze; null for others
     */
    public record Leaderboard(String contest, String format, String view, boolean frozen, Instant freezesAt,
                              List<String> problems, int total, int offset, long lastEventId,
                              List<LeaderboardRow> rows, LeaderboardRow me) {
    }

    @GetMapping("/api/contests/{contest}/leaderboard")
    public Leaderboard leaderboard(@PathVariable String contest, @RequestParam(defaultValue = "0") int offset,
                                   @RequestParam(defaultValue = "100") int limit,
                                   @RequestParam(required = false) String around,
                                   @RequestParam(defaultValue = "10") int radius,
                                   @RequestParam(defaultValue = "public") String view, HttpServletRequest request) {
        Optional<CurrentUser> user = BearerAuthFilter.userOf(request);
        Contest c = contests.visible(contest, user);
        View v = LeaderboardRequests.view(view, user);
        if (offset < 0) throw ApiException.badRequest("bad-offset", "offset is 0 or more, got " + offset);
        if (limit < 1 || limit > MAX_ROWS) {
            throw ApiException.badRequest("bad-limit", "limit is 1 to " + MAX_ROWS + ", got " + limit);
        }
        if (radius < 0 || radius > MAX_ROWS / 2) {
            throw ApiException.badRequest("bad-radius", "radius is 0 to " + MAX_ROWS / 2 + ", got " + radius);
        }
        ContestBoards.Loaded loaded = boards.board(c);
        Long participant = participant(c, user);
        BoardPage page;
        if (around == null) {
            page = loaded.board().page(v, offset, limit);
        } else {
            long who = aroundWhom(around, participant, loaded);
            page = loaded.board().around(v, who, radius);
        }
        LeaderboardRow me = participant == null ? null
                : loaded.board().row(View.FULL, participant).map(loaded::present).orElse(null);
        int first = page.rows().isEmpty() ? offset : page.rows().getFirst().rank() - 1;
        return new Leaderboard(c.slug(), c.format().label(), v.name().toLowerCase(Locale.ROOT),
                frozenNow(c, loaded), c.freezesAt().orElse(null),
                c.problems().stream().map(ContestProblem::label).toList(), page.total(), around == null ? offset : first,
                page.lastEventId(), page.rows().stream().map(loaded::present).toList(), me);
    }

    private boolean frozenNow(Contest c, ContestBoards.Loaded loaded) {
        return loaded.board().frozen() && c.freezesAt().map(f -> !contests.now().isBefore(f)).orElse(false);
    }

    private long aroundWhom(String around, Long participant, ContestBoards.Loaded loaded) {
        if (around.equals("me")) {
            if (participant == null) {
                throw ApiException.badRequest("not-a-participant", "around=me needs a signed-in participant");
            }
            return participant;
        }
        return loaded.names().entrySet().stream().filter(e -> e.getValue().equals(around)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> ApiException.notFound("unknown-participant",
                        "'" + around + "' is not a participant of this contest"));
    }

    private Long participant(Contest c, Optional<CurrentUser> user) {
        return user.flatMap(u -> contests.participantOf(c, u)).orElse(null);
    }

    /**
     * The board's changes as they happen: {@code row} events (a row and its new rank; the SSE id is the view's event
     * id), {@code me} (the participant's own true row) and {@code reload} (fetch the board again). A client that
     * reconnects sends {@code Last-Event-ID} (or {@code lastEventId}) and misses nothing.
     */
    @GetMapping(path = "/api/contests/{contest}/leaderboard/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter events(@PathVariable String contest, @RequestParam(defaultValue = "public") String view,
                             @RequestParam(required = false) Long lastEventId,
                             @RequestHeader(name = "Last-Event-ID", required = false) String lastEventHeader,
                             HttpServletRequest request) throws IOException {
        Optional<CurrentUser> user = BearerAuthFilter.userOf(request);
        Contest c = contests.visible(contest, user);
        View v = LeaderboardRequests.view(view, user);
        long after = resumeFrom(lastEventId, lastEventHeader);
        ContestBoards.Loaded loaded = boards.board(c);
        SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
        // a first comment sends the headers now, so viewers (and proxies) know the stream is open
        emitter.send(SseEmitter.event().comment("following the " + view + " board of " + c.slug()));
        Runnable stop = feed.follow(loaded, v, participant(c, user), after, new SseSink(emitter));
        emitter.onCompletion(stop);
        emitter.onTimeout(stop);
        emitter.onError(e -> stop.run());
        return emitter;
    }

    private static long resumeFrom(Long param, String header) {
        if (param != null) return Math.max(0, param);
        return LeaderboardRequests.afterEventId(header, "Last-Event-ID");
    }

    private record SseSink(SseEmitter emitter) implements LeaderboardFeed.Sink {
        @Override
        public boolean send(List<LeaderboardFeed.Message> messages) {
            try {
                // The frames were made once for every viewer. Spring flushes after each item it is given, so the
                // frames of one write are handed over as one item: one flush, one packet, per viewer and window.
                emitter.send(Set.of(new ResponseBodyEmitter.DataWithMediaType(joined(messages), MediaType.TEXT_EVENT_STREAM)));
                return true;
            } catch (IOException | IllegalStateException e) {
                emitter.completeWithError(e);
                return false;
            }
        }

        @Override
        public void close() {
            emitter.complete();
        }

        private static byte[] joined(List<LeaderboardFeed.Message> messages) {
            if (messages.size() == 1) return messages.getFirst().sse();
            int length = 0;
            for (LeaderboardFeed.Message m : messages) length += m.sse().length;
            byte[] out = new byte[length];
            int at = 0;
            for (LeaderboardFeed.Message m : messages) {
                System.arraycopy(m.sse(), 0, out, at, m.sse().length);
                at += m.sse().length;
            }
            return out;
        }
    }

    @PostMapping("/api/admin/contests/{contest}/unfreeze")
    public Leaderboard unfreeze(@PathVariable String contest, HttpServletRequest request) {
        Requests.admin(request);
        contests.unfreeze(contest);
        return leaderboard(contest, 0, 100, null, 10, "public", request);
    }

    /** A resolver's step; the steps end with 204 No Content. */
    public record Reveal(String participant, String problem, LeaderboardRow before, LeaderboardRow after) {
    }

    @PostMapping("/api/admin/contests/{contest}/reveal")
    public ResponseEntity<Reveal> reveal(@PathVariable String contest, HttpServletRequest request) {
        Requests.admin(request);
        Optional<RevealStep> step = contests.revealNext(contest);
        if (step.isEmpty()) return ResponseEntity.noContent().build();
        ContestBoards.Loaded loaded = boards.board(contests.existing(contest));
        RevealStep s = step.get();
        return ResponseEntity.ok(new Reveal(loaded.names().getOrDefault(s.participant(), "user " + s.participant()),
                loaded.contest().problems().get(s.problem()).label(), loaded.present(s.before()),
                loaded.present(s.after())));
    }
}
