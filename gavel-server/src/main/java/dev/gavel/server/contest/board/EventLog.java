package dev.gavel.server.contest.board;

import java.util.ArrayList;
import java.util.List;

/** A view's latest events in a ring, with consecutive ids. Not thread-safe. */
final class EventLog {

    private final BoardEvent[] ring;
    private long last;
    private int count;

    EventLog(int retention) {
        if (retention < 1) throw new IllegalArgumentException("event retention must be >= 1: " + retention);
        this.ring = new BoardEvent[retention];
    }

    long last() {
        return last;
    }

    /** Appends an event made with the next id, {@code last() + 1}. */
    void append(BoardEvent event) {
        if (event.id() != last + 1) throw new IllegalArgumentException("event " + event.id() + " after " + last);
        last = event.id();
        ring[slot(last)] = event;
        if (count < ring.length) count++;
    }

    EventBatch since(long afterEventId) {
        if (afterEventId == last) return new EventBatch(false, last, List.of());
        if (afterEventId > last || afterEventId < last - count) return EventBatch.reload(last);
        List<BoardEvent> events = new ArrayList<>((int) (last - afterEventId));
        for (long id = afterEventId + 1; id <= last; id++) events.add(ring[slot(id)]);
        return new EventBatch(false, last, events);
    }

    /** Forgets every event and skips an id, so that resuming from any earlier id needs a reload. */
    void reset() {
        java.util.Arrays.fill(ring, null);
        count = 0;
        last++;
    }

    private int slot(long id) {
        return (int) (id % ring.length);
    }
}
