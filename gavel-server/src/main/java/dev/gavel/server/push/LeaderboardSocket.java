package dev.gavel.server.push;

import dev.gavel.server.contest.ContestBoards;
import dev.gavel.server.contest.LeaderboardFeed;
import dev.gavel.server.contest.board.View;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * {@code /api/ws/contests/{contest}/leaderboard}: the same changes as the leaderboard's SSE stream, one JSON text
 * message each: {@code {"event": "row"|"me"|"reload", "id": n, "data": {...}}}. {@code ?lastEventId=} resumes.
 * The handshake ({@link LeaderboardHandshake}) has checked the contest and the view.
 */
final class LeaderboardSocket extends TextWebSocketHandler {

    static final String FOLLOW = "gavel.leaderboard";
    private static final int SEND_TIME_LIMIT_MS = 10_000;
    private static final int BUFFER_LIMIT = 4 * 1024 * 1024;

    /** What the handshake found: the board, the view, the participant asking (or null), where to resume. */
    record Follow(ContestBoards.Loaded loaded, View view, Long me, long afterEventId) {
    }

    private final LeaderboardFeed feed;
    private final Map<String, Runnable> stops = new ConcurrentHashMap<>();

    LeaderboardSocket(LeaderboardFeed feed) {
        this.feed = feed;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession raw) {
        Follow f = (Follow) raw.getAttributes().get(FOLLOW);
        WebSocketSession session = new ConcurrentWebSocketSessionDecorator(raw, SEND_TIME_LIMIT_MS, BUFFER_LIMIT);
        stops.put(raw.getId(), feed.follow(f.loaded(), f.view(), f.me(), f.afterEventId(), new Sink(session)));
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        Runnable stop = stops.remove(session.getId());
        if (stop != null) stop.run();
    }

    private record Sink(WebSocketSession session) implements LeaderboardFeed.Sink {
        @Override
        public boolean send(List<LeaderboardFeed.Message> messages) {
            if (!session.isOpen()) return false;
            try {
                for (LeaderboardFeed.Message m : messages) {
                    session.sendMessage(new TextMessage(m.socketText()));
                }
                return true;
            } catch (IOException | RuntimeException e) {
                close();
                return false;
            }
        }

        @Override
        public void close() {
            try {
                session.close(CloseStatus.SESSION_NOT_RELIABLE);
            } catch (IOException ignored) {
                // already going
            }
        }
    }
}
