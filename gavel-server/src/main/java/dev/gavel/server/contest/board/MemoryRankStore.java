package dev.gavel.server.contest.board;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The in-memory store (embedded mode): an order-statistic {@link RankList} and an event ring per view. Subscribers
 * are called on the writing thread, in id order, right after the rows are stored.
 */
public final class MemoryRankStore implements RankStore {

    private final Object lock = new Object();
    // held across storing and delivering, so that subscribers see events in id order
    private final Object delivery = new Object();
    private final Map<View, ViewRows> lists = new EnumMap<>(View.class);
    private final Map<View, EventLog> logs = new EnumMap<>(View.class);
    private final Listeners listeners = new Listeners();

    public MemoryRankStore() {
        this(DEFAULT_EVENT_RETENTION);
    }

    /** A store whose logs keep the last {@code eventRetention} events of each view. */
    public MemoryRankStore(int eventRetention) {
        for (View v : View.values()) {
            lists.put(v, new ViewRows());
            logs.put(v, new EventLog(eventRetention));
        }
    }

    @Override
    public CompletableFuture<Void> write(List<RowWrite> writes) {
        synchronized (delivery) {
            List<BoardEvent> events = new ArrayList<>(writes.size());
            synchronized (lock) {
                for (RowWrite w : writes) {
                    ViewRows rows = lists.get(w.view());
                    rows.put(w.sortKey(), w.row());
                    EventLog log = logs.get(w.view());
                    BoardEvent event = new BoardEvent(log.last() + 1, w.view(), new RankedRow(rows.rankOf(w.sortKey()), w.row()));
                    log.append(event);
                    events.add(event);
                }
            }
            for (BoardEvent e : events) listeners.deliver(e);
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void load(List<RowWrite> writes) {
        synchronized (lock) {
            for (RowWrite w : writes) lists.get(w.view()).put(w.sortKey(), w.row());
        }
    }

    @Override
    public BoardPage page(View view, int offset, int limit) {
        synchronized (lock) {
            return lists.get(view).page(offset, limit, logs.get(view).last());
        }
    }

    @Override
    public BoardPage around(View view, long participant, int radius) {
        synchronized (lock) {
            return lists.get(view).around(participant, radius, logs.get(view).last());
        }
    }

    @Override
    public Optional<RankedRow> row(View view, long participant) {
        return around(view, participant, 0).rows().stream().findFirst();
    }

    @Override
    public int size(View view) {
        synchronized (lock) {
            return lists.get(view).size();
        }
    }

    @Override
    public EventBatch since(View view, long afterEventId) {
        synchronized (lock) {
            return logs.get(view).since(afterEventId);
        }
    }

    @Override
    public Runnable subscribe(View view, Consumer<BoardEvent> listener) {
        return listeners.add(view, listener);
    }

    @Override
    public void clear() {
        synchronized (delivery) {
            synchronized (lock) {
                for (View v : View.values()) {
                    lists.get(v).clear();
                    logs.get(v).reset();
                }
            }
        }
    }

    @Override
    public void close() {
    }
}
