package dev.gavel.server.contest.board;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A store's subscribers per view. */
final class Listeners {

    private static final Logger log = LoggerFactory.getLogger(Listeners.class);

    private final Map<View, List<Consumer<BoardEvent>>> byView = new EnumMap<>(View.class);

    Listeners() {
        for (View v : View.values()) byView.put(v, new CopyOnWriteArrayList<>());
    }

    Runnable add(View view, Consumer<BoardEvent> listener) {
        // a wrapper per subscription, so the same listener subscribed twice is removed once per unsubscribe
        Consumer<BoardEvent> subscription = listener::accept;
        byView.get(view).add(subscription);
        return () -> byView.get(view).remove(subscription);
    }

    void deliver(BoardEvent event) {
        List<Consumer<BoardEvent>> list = byView.get(event.view());
        for (Consumer<BoardEvent> listener : list) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                list.remove(listener);
                log.warn("board listener failed and was unsubscribed", e);
            }
        }
    }
}
