package dev.gavel.server.contest.board;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A copy of a Redis board in this process, both views, kept up to date by {@link RedisEventFeed} from the views'
 * event streams; the Redis store serves its reads from it. Reads then cost what they cost in memory and never queue
 * behind other writers' scripts in Redis's single thread. Each view knows the last event it applied, and a write
 * waits until its events are applied here, so that a process reads its own writes.
 */
final class BoardMirror {

    /** Rows this process wrote and has not yet seen come back, at most this many (more are decoded as usual). */
    private static final int MAX_OWN_ROWS = 100_000;
    /** How long a write waits for its events to come back before it fails (the feed retries meanwhile). */
    private static final long CATCH_UP_SECONDS = 30;
    private static final View[] VIEWS = View.values();

    private final Object lock = new Object();
    private final Map<View, ViewRows> rows = new EnumMap<>(View.class);
    private final long[] last = new long[VIEWS.length];
    private final List<TreeMap<Long, List<CompletableFuture<Void>>>> waiters = new ArrayList<>();
    private final Map<OwnRow, Row> ownRows = new ConcurrentHashMap<>();

    /** A row as this process encoded it for a view. */
    private record OwnRow(View view, long participant, String encoded) {
    }

    BoardMirror() {
        for (View v : VIEWS) {
            rows.put(v, new ViewRows());
            waiters.add(new TreeMap<>());
        }
    }

    /**
     * Remembers a row this process is writing, so that its event, when it comes back, needs no decoding: the writing
     * process is usually the one that reads most, and decoding its own rows again was most of its copy's cost.
     */
    void writing(View view, Row row, String encoded) {
        if (ownRows.size() < MAX_OWN_ROWS) ownRows.put(new OwnRow(view, row.participant(), encoded), row);
    }

    /** The row of a view's event: one this process wrote, or else decoded. */
    Row row(View view, long participant, String encoded) {
        Row own = ownRows.remove(new OwnRow(view, participant, encoded));
        return own != null ? own : RowCodec.decode(participant, encoded);
    }

    /** The view's last applied event. */
    long last(View view) {
        synchronized (lock) {
            return last[view.ordinal()];
        }
    }

    /** Applies a view's next event: the row with its sort key. */
    void apply(View view, long eventId, long sortKey, Row row) {
        synchronized (lock) {
            rows.get(view).put(sortKey, row);
            advance(view, eventId);
        }
    }

    /** Replaces a view with a snapshot taken when its last event was {@code eventId}. */
    void replace(View view, long eventId, List<RowWrite> snapshot) {
        synchronized (lock) {
            ViewRows target = rows.get(view);
            target.clear();
            for (RowWrite w : snapshot) target.put(w.sortKey(), w.row());
            last[view.ordinal()] = eventId;
            // rows whose events the copy passed over would never be taken
            ownRows.clear();
            release(view);
        }
    }

    /** Completes when every view has applied at least the given event ids (indexed by view ordinal; 0 = none). */
    CompletableFuture<Void> reached(long[] eventIds) {
        List<CompletableFuture<Void>> pending = new ArrayList<>(VIEWS.length);
        synchronized (lock) {
            for (View v : VIEWS) {
                long id = eventIds[v.ordinal()];
                if (id <= last[v.ordinal()]) continue;
                CompletableFuture<Void> f = new CompletableFuture<>();
                waiters.get(v.ordinal()).computeIfAbsent(id, k -> new ArrayList<>(1)).add(f);
                pending.add(f);
            }
        }
        if (pending.isEmpty()) return CompletableFuture.completedFuture(null);
        return CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).orTimeout(CATCH_UP_SECONDS, TimeUnit.SECONDS);
    }

    BoardPage page(View view, int offset, int limit) {
        synchronized (lock) {
            return rows.get(view).page(offset, limit, last[view.ordinal()]);
        }
    }

    BoardPage around(View view, long participant, int radius) {
        synchronized (lock) {
            return rows.get(view).around(participant, radius, last[view.ordinal()]);
        }
    }

    int size(View view) {
        synchronized (lock) {
            return rows.get(view).size();
        }
    }

    private void advance(View view, long eventId) {
        last[view.ordinal()] = eventId;
        TreeMap<Long, List<CompletableFuture<Void>>> waiting = waiters.get(view.ordinal());
        if (!waiting.isEmpty() && waiting.firstKey() <= eventId) release(view);
    }

    private void release(View view) {
        var due = waiters.get(view.ordinal()).headMap(last[view.ordinal()], true);
        List<CompletableFuture<Void>> done = new ArrayList<>();
        due.values().forEach(done::addAll);
        due.clear();
        // completed under the lock, but their continuations only hand a result back to a waiting writer
        done.forEach(f -> f.complete(null));
    }
}
