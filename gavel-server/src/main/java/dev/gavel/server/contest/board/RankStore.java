package dev.gavel.server.contest.board;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Where one contest's board is kept, both views: rows ordered by sort key (higher first, equal keys by participant
 * id), ranked reads, and each view's event log. A store never computes a row: {@link Board} does, and is the only
 * writer of its store. Implementations are thread-safe.
 */
public interface RankStore extends AutoCloseable {

    /** How many events a view's log keeps at least (older ones are dropped and {@link #since} says "too old"). */
    int DEFAULT_EVENT_RETENTION = 100_000;

    /**
     * Stores rows in order, logging one event per row with its rank right after that write, and delivers the
     * events to the view's subscribers. Writes given to successive calls are applied in call order. The future
     * completes when the rows can be read.
     */
    CompletableFuture<Void> write(List<RowWrite> writes);

    /** Stores rows without logging events: the bulk load of a rebuild, after {@link #clear()}. */
    void load(List<RowWrite> writes);

    /** Rows at positions {@code offset ..< offset + limit} of a view. */
    BoardPage page(View view, int offset, int limit);

    /** A participant's row with up to {@code radius} rows on each side; no rows when the participant has none. */
    BoardPage around(View view, long participant, int radius);

    Optional<RankedRow> row(View view, long participant);

    int size(View view);

    /**
     * Events of a view with ids above {@code afterEventId}, oldest first, or {@link EventBatch#tooOld()} when some
     * of them are no longer kept.
     */
    EventBatch since(View view, long afterEventId);

    /**
     * Calls {@code listener} with each new event of the view, in id order, on a thread of the store's; the listener
     * must return quickly (hand the event over) and one that throws is unsubscribed. Returns the unsubscribe.
     */
    Runnable subscribe(View view, Consumer<BoardEvent> listener);

    /**
     * Cluster mode: makes this store the only one that may write the board it keeps (stores of the same board in other
     * servers have their writes refused from now on). A store that never claims writes unchecked; a store kept in this
     * process alone has nothing to claim.
     */
    default void claim(String writer) {
    }

    /**
     * Removes every row and event. Event ids go on from where they were, past a gap, so that a client resuming from
     * an earlier id is told to reload.
     */
    void clear();

    /** Releases what the store holds open (threads, connections); the stored board stays where it is kept. */
    @Override
    void close();
}
