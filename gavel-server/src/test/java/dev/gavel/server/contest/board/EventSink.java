package dev.gavel.server.contest.board;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Collects a subscription's events; a test waits until one it expects has come (a Redis feed delivers later). */
final class EventSink implements Consumer<BoardEvent> {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final List<BoardEvent> events = new ArrayList<>();

    @Override
    public synchronized void accept(BoardEvent event) {
        events.add(event);
        notifyAll();
    }

    synchronized List<BoardEvent> events() {
        return List.copyOf(events);
    }

    /** Waits until an event matches and returns all events so far; fails if none comes. */
    synchronized List<BoardEvent> awaitEvent(Predicate<BoardEvent> match) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (events.stream().noneMatch(match)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) throw new AssertionError("no matching event came; got " + events);
            wait(Math.max(1, left / 1_000_000));
        }
        return List.copyOf(events);
    }
}
