package dev.gavel.server.push;

import dev.gavel.server.submission.SubmissionEvent;
import dev.gavel.server.submission.SubmissionEvents;
import dev.gavel.server.user.CurrentUser;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code /api/ws}: the events of all of the signed-in user's submissions (admins: everyone's), one JSON text
 * message each, {@code {"event": "progress"|"verdict", "submission": {...}}} — the same events as the SSE stream.
 */
final class SubmissionSocket extends TextWebSocketHandler {

    static final String USER = "gavel.user";
    private static final int SEND_TIME_LIMIT_MS = 5_000;
    private static final int BUFFER_LIMIT = 512 * 1024;

    private final SubmissionEvents events;
    private final ObjectMapper json;
    private final Map<String, Runnable> stops = new ConcurrentHashMap<>();

    SubmissionSocket(SubmissionEvents events, ObjectMapper json) {
        this.events = events;
        this.json = json;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession raw) {
        CurrentUser user = (CurrentUser) raw.getAttributes().get(USER);
        WebSocketSession session = new ConcurrentWebSocketSessionDecorator(raw, SEND_TIME_LIMIT_MS, BUFFER_LIMIT);
        stops.put(raw.getId(), events.watchAll(event -> {
            if (user.admin() || user.id() == (event.userId() == null ? -1 : event.userId())) send(session, event);
        }));
    }

    private void send(WebSocketSession session, SubmissionEvent event) {
        if (!session.isOpen()) return;
        try {
            String text = json.writeValueAsString(Map.of("event", event.name(), "submission", event.view()));
            session.sendMessage(new TextMessage(text));
        } catch (IOException | RuntimeException e) {
            try {
                session.close(CloseStatus.SESSION_NOT_RELIABLE);
            } catch (IOException ignored) {
                // already going
            }
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        Runnable stop = stops.remove(session.getId());
        if (stop != null) stop.run();
    }
}
