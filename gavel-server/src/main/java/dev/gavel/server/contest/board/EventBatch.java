package dev.gavel.server.contest.board;

import java.util.List;

/**
 * The events after an id.
 *
 * @param tooOld      the store no longer has all of them (or the board was rebuilt): reload the board instead
 * @param lastEventId the view's last event id: resume from it
 */
public record EventBatch(boolean tooOld, long lastEventId, List<BoardEvent> events) {
    public EventBatch {
        events = List.copyOf(events);
    }

    static EventBatch reload(long lastEventId) {
        return new EventBatch(true, lastEventId, List.of());
    }
}
