package dev.gavel.server.contest.board;

import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.StreamMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The Redis store (cluster mode): per view a sorted set ranks the participants, a hash holds the encoded rows and a
 * stream is the event log (trimmed to about {@code eventRetention} entries, never fewer); until the views first
 * differ they share the full view's keys (see {@link RedisScripts}). Writes run as a Lua script, a batch of rows per
 * call, pipelined: each row's rank and event are made in Redis, atomically with the row. Any number of processes
 * may read and subscribe: from its first read or subscription a process keeps a copy of the board, fed by the event
 * streams (see {@link RedisEventFeed} and {@link BoardMirror}), serves its reads from it and hands every writer's
 * events to its subscribers. A write completes once this process's copy has its rows.
 */
public final class RedisRankStore implements RankStore {

    /** Rows per script call: large enough to spare round trips, small enough not to stall Redis. */
    private static final int ROWS_PER_CALL = 64;
    private static final int EVENTS_PER_READ = 10_000;
    /** The view index of a row that both views have. */
    private static final int BOTH_VIEWS = 2;

    private final RedisLink link;
    private final String namespace;
    private final long contestId;
    private final int eventRetention;
    private final Map<View, RedisKeys> keys = new EnumMap<>(View.class);
    private final String splitKey;
    private final String writerKey;
    private final String[] allKeys;
    private final Listeners listeners = new Listeners();
    private volatile RedisEventFeed feed;
    // as the last write found it: whether rows both views have come back as two events or as one
    private volatile boolean split;
    // the token this store writes with: empty until it claims the board (then only its writes are taken)
    private volatile String writer = "";

    /** The store of a contest under the default namespace {@code gavel}. */
    public RedisRankStore(RedisLink link, long contestId) {
        this(link, "gavel", contestId, DEFAULT_EVENT_RETENTION);
    }

    /** Keys are {@code {<namespace>:contest:<contestId>}:<view>:...}. */
    public RedisRankStore(RedisLink link, String namespace, long contestId, int eventRetention) {
        if (eventRetention < 1) throw new IllegalArgumentException("event retention must be >= 1: " + eventRetention);
        this.link = link;
        this.namespace = namespace;
        this.contestId = contestId;
        this.eventRetention = eventRetention;
        List<String> all = new ArrayList<>();
        for (View v : View.values()) {
            RedisKeys k = RedisKeys.of(namespace, contestId, v);
            keys.put(v, k);
            all.addAll(List.of(k.rank(), k.rows(), k.events(), k.seq()));
        }
        this.splitKey = RedisKeys.split(namespace, contestId);
        all.add(splitKey);
        this.writerKey = RedisKeys.writer(namespace, contestId);
        all.add(writerKey);
        this.allKeys = all.toArray(String[]::new);
    }

    @Override
    public CompletableFuture<Void> write(List<RowWrite> writes) {
        return link.write(calls("log", writes)).thenCompose(written -> {
            split = written.split();
            RedisEventFeed following = feed;
            return following == null ? CompletableFuture.completedFuture(null)
                    : following.mirror().reached(written.lastIds());
        });
    }

    @Override
    public void load(List<RowWrite> writes) {
        link.write(calls("quiet", writes)).join();
        awaitMirror(link.eval(RedisScripts.MARK, ScriptOutputType.MULTI, allKeys, Integer.toString(eventRetention),
                writer));
    }

    /** Waits until this process's copy, if it keeps one, has passed the reload markers with these ids. */
    private void awaitMirror(List<Long> markerIds) {
        RedisEventFeed following = feed;
        if (following == null) return;
        following.mirror().reached(markerIds.stream().mapToLong(Long::longValue).toArray()).join();
    }

    private List<RedisLink.Call> calls(String mode, List<RowWrite> writes) {
        RedisEventFeed following = feed;
        boolean logged = mode.equals("log");
        List<RedisLink.Call> calls = new ArrayList<>(writes.size() / ROWS_PER_CALL + 1);
        for (int from = 0; from < writes.size(); from += ROWS_PER_CALL) {
            List<RowWrite> chunk = writes.subList(from, Math.min(writes.size(), from + ROWS_PER_CALL));
            String[] args = new String[3 + chunk.size()];
            args[0] = mode;
            args[1] = Integer.toString(eventRetention);
            args[2] = writer;
            int a = 3;
            Row previous = null;
            String encoded = null;
            for (int i = 0; i < chunk.size(); i++) {
                RowWrite w = chunk.get(i);
                // a participant's full and public row, one after the other, are most often the same row object
                boolean both = w.view() == View.FULL && i + 1 < chunk.size() && chunk.get(i + 1).row() == w.row();
                boolean moved = w.moved() || both && chunk.get(i + 1).moved();
                // one argument per row: each argument costs the client more than its bytes do
                StringBuilder arg = new StringBuilder(160).append(both ? BOTH_VIEWS : w.view().ordinal()).append(' ')
                        .append(RowCodec.member(w.row().participant())).append(' ').append(-w.sortKey()).append(' ')
                        .append(moved ? '1' : '0').append(' ');
                if (w.row() != previous) {
                    encoded = RowCodec.encode(w.row());
                    arg.append(encoded);
                }
                if (following != null && logged) {
                    // a row both views have comes back once while they share keys, and is taken for the full view
                    following.mirror().writing(w.view(), w.row(), encoded);
                    if (both && split) following.mirror().writing(View.PUBLIC, w.row(), encoded);
                }
                previous = w.row();
                args[a++] = arg.toString();
                if (both) i++;
            }
            calls.add(new RedisLink.Call(allKeys, Arrays.copyOf(args, a)));
        }
        return calls;
    }

    @Override
    public BoardPage page(View view, int offset, int limit) {
        return mirror().page(view, offset, limit);
    }

    @Override
    public BoardPage around(View view, long participant, int radius) {
        return mirror().around(view, participant, radius);
    }

    @Override
    public Optional<RankedRow> row(View view, long participant) {
        return around(view, participant, 0).rows().stream().findFirst();
    }

    @Override
    public int size(View view) {
        return mirror().size(view);
    }

    @Override
    public EventBatch since(View view, long afterEventId) {
        if (view == View.PUBLIC && link.commands().exists(splitKey) == 0) {
            EventBatch shared = since(View.PUBLIC, View.FULL, afterEventId);
            if (shared != null) return shared;
            // the views were split while reading: the public view has its own keys now
        }
        return since(view, view, afterEventId);
    }

    /**
     * The view's events after the id, read from the stream of {@code keysOf}: the view's own, or the full view's while
     * the views are shared; null when a shared read meets an event that is not shared (the views were split meanwhile).
     */
    private EventBatch since(View view, View keysOf, long afterEventId) {
        boolean sharedOnly = view != keysOf;
        RedisKeys k = keys.get(keysOf);
        String seq = link.commands().get(k.seq());
        long last = seq == null ? 0 : Long.parseLong(seq);
        if (afterEventId == last) return new EventBatch(false, last, List.of());
        if (afterEventId > last) return EventBatch.reload(last);
        List<BoardEvent> events = new ArrayList<>();
        long next = afterEventId + 1;
        while (next <= last) {
            List<StreamMessage<String, String>> messages = link.commands().xrange(k.events(),
                    Range.from(Range.Boundary.including("0-" + next), Range.Boundary.including("0-" + last)),
                    Limit.from(EVENTS_PER_READ));
            for (StreamMessage<String, String> m : messages) {
                if (sharedOnly && !RedisEventFeed.shared(m)) return null;
                long id = RedisKeys.eventId(m.getId());
                // ids are consecutive: a missing one was trimmed; a marker says the board was rebuilt
                BoardEvent event = RedisEventFeed.event(view, m);
                if (id != next || event == null) return EventBatch.reload(last);
                events.add(event);
                next++;
            }
            if (messages.isEmpty()) return EventBatch.reload(last);
        }
        return new EventBatch(false, last, events);
    }

    @Override
    public Runnable subscribe(View view, Consumer<BoardEvent> listener) {
        Runnable remove = listeners.add(view, listener);
        following();
        return remove;
    }

    private BoardMirror mirror() {
        return following().mirror();
    }

    /** The feed of this process, started on first use (it copies the board first). */
    private RedisEventFeed following() {
        RedisEventFeed f = feed;
        if (f != null) return f;
        synchronized (this) {
            if (feed == null) {
                feed = new RedisEventFeed(link, keys, allKeys, listeners, "gavel-board-events-" + namespace + "-" + contestId);
            }
            return feed;
        }
    }

    /** Makes this store the board's only writer: a store that claimed it before has its writes refused from now on. */
    @Override
    public void claim(String token) {
        if (token.isEmpty()) throw new IllegalArgumentException("a writer token must not be empty");
        link.commands().set(writerKey, token);
        writer = token;
    }

    @Override
    public void clear() {
        awaitMirror(link.eval(RedisScripts.CLEAR, ScriptOutputType.MULTI, allKeys, writer));
        split = false;
    }

    /** Removes every key of the contest, event numbering too (a contest deleted, or a test cleaning up). */
    public void delete() {
        link.commands().del(allKeys);
    }

    @Override
    public synchronized void close() {
        if (feed != null) feed.close();
        feed = null;
    }
}
