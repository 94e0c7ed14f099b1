package dev.gavel.server.contest.board;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A thread that follows a contest's event streams with XREAD BLOCK, whichever process wrote them: it keeps the
 * store's {@link BoardMirror} and hands every event to the store's subscribers, so every node of a cluster serves
 * and pushes the same board. It starts from a snapshot of each view; when the events do not follow on from what
 * the mirror holds (a rebuild's reload marker, a reader that fell behind the retention) it copies the view again,
 * and subscribers see the gap in ids as such.
 */
final class RedisEventFeed implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisEventFeed.class);
    // bounds how long close() waits for the thread
    private static final long BLOCK_MILLIS = 250;
    private static final long BATCH = 1000;
    private static final long RETRY_MILLIS = 500;
    private static final View[] VIEWS = View.values();

    private final RedisLink link;
    private final Map<View, RedisKeys> keys;
    private final String[] allKeys;
    private final Listeners listeners;
    private final BoardMirror mirror = new BoardMirror();
    private final Thread thread;
    private volatile boolean open = true;
    private volatile StatefulRedisConnection<String, String> connection;

    /** Copies both views, then starts following their events; {@code allKeys} as the scripts take them. */
    RedisEventFeed(RedisLink link, Map<View, RedisKeys> keys, String[] allKeys, Listeners listeners, String name) {
        this.link = link;
        this.keys = keys;
        this.allKeys = allKeys;
        this.listeners = listeners;
        for (View v : VIEWS) copy(v);
        this.connection = link.connect();
        this.thread = Thread.ofPlatform().daemon().name(name).start(this::run);
    }

    BoardMirror mirror() {
        return mirror;
    }

    private void run() {
        while (open) {
            try {
                readOnce();
            } catch (RuntimeException e) {
                if (!open) return;
                log.warn("reading board events failed; retrying", e);
                sleep(RETRY_MILLIS);
                reconnect();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void readOnce() {
        // the full view's stream first: Redis answers in this order, so the public view takes its shared events from
        // there before it reads its own stream (which starts as a copy of them)
        XReadArgs.StreamOffset<String>[] offsets = new XReadArgs.StreamOffset[] {
                XReadArgs.StreamOffset.from(keys.get(View.FULL).events(), "0-" + mirror.last(View.FULL)),
                XReadArgs.StreamOffset.from(keys.get(View.PUBLIC).events(), "0-" + mirror.last(View.PUBLIC))};
        List<StreamMessage<String, String>> messages = connection.sync().xread(
                XReadArgs.Builder.block(BLOCK_MILLIS).count(BATCH), offsets);
        for (StreamMessage<String, String> m : messages) {
            View view = viewOf(m.getStream());
            long id = RedisKeys.eventId(m.getId());
            Logged logged = Logged.of(m);
            Row row = take(view, id, logged, null);
            if (view == View.FULL && shared(m)) take(View.PUBLIC, id, logged, row);
        }
    }

    /**
     * Applies a view's event to the mirror and hands it to the subscribers; when it is not the view's next event, or
     * a reload marker (or an event in a form this version does not write), copies the view instead. Returns the
     * event's row ({@code known}, if given, is it already).
     */
    private Row take(View view, long id, Logged logged, Row known) {
        long last = mirror.last(view);
        if (id <= last) return known;
        if (id != last + 1 || logged == null) {
            copy(view);
            if (logged == null) return known;
            Row row = known != null ? known : RowCodec.decode(logged.participant(), logged.row());
            listeners.deliver(logged.event(id, view, row));
            return row;
        }
        Row row = known != null ? known : mirror.row(view, logged.participant(), logged.row());
        mirror.apply(view, id, logged.sortKey(), row);
        listeners.deliver(logged.event(id, view, row));
        return row;
    }

    /** Whether an event of the full view's stream holds for the public view too: a shared row or marker. */
    static boolean shared(StreamMessage<String, String> m) {
        Map<String, String> body = m.getBody();
        return body.containsKey("s") || "both".equals(body.get("x"));
    }

    /** A row change as the write script logs it: field e (one view) or s (shared), "rank member score row". */
    record Logged(int rank, long participant, long sortKey, String row) {

        /** The change an event holds, or null for a reload marker. */
        static Logged of(StreamMessage<String, String> m) {
            Map<String, String> body = m.getBody();
            String e = body.get("e");
            if (e == null) e = body.get("s");
            if (e == null) return null;
            int a = e.indexOf(' ');
            int b = e.indexOf(' ', a + 1);
            int c = e.indexOf(' ', b + 1);
            return new Logged(Integer.parseInt(e, 0, a, 10), Long.parseLong(e, a + 1, b, 10),
                    RedisEventFeed.sortKey(e.substring(b + 1, c)), e.substring(c + 1));
        }

        BoardEvent event(long id, View view, Row decoded) {
            return new BoardEvent(id, view, new RankedRow(rank, decoded));
        }
    }

    /** Replaces the mirror's view with Redis's, as of the view's current last event. */
    @SuppressWarnings("unchecked")
    private void copy(View view) {
        List<Object> reply = link.eval(RedisScripts.SNAPSHOT, ScriptOutputType.MULTI, allKeys,
                Integer.toString(view.ordinal()));
        long last = (Long) reply.get(0);
        List<Object> ranked = (List<Object>) reply.get(1);
        List<Object> hash = (List<Object>) reply.get(2);
        Map<String, String> encoded = new HashMap<>(hash.size());
        for (int i = 0; i + 1 < hash.size(); i += 2) encoded.put((String) hash.get(i), (String) hash.get(i + 1));
        List<RowWrite> rows = new ArrayList<>(ranked.size() / 2);
        for (int i = 0; i + 1 < ranked.size(); i += 2) {
            String member = (String) ranked.get(i);
            String row = encoded.get(member);
            if (row == null) continue;
            rows.add(new RowWrite(view, sortKey((String) ranked.get(i + 1)), RowCodec.decode(Long.parseLong(member), row),
                    true));
        }
        mirror.replace(view, last, rows);
    }

    /** An event as the write script logs it; null for a reload marker. */
    static BoardEvent event(View view, StreamMessage<String, String> m) {
        Logged logged = Logged.of(m);
        if (logged == null) return null;
        return logged.event(RedisKeys.eventId(m.getId()), view, RowCodec.decode(logged.participant(), logged.row()));
    }

    /** A sorted-set score back to the sort key: scores are negated keys, whole numbers below 2^53, exact as doubles. */
    static long sortKey(String score) {
        return -(long) Double.parseDouble(score);
    }

    private View viewOf(String stream) {
        for (View v : VIEWS) if (keys.get(v).events().equals(stream)) return v;
        throw new IllegalStateException("an event from an unknown stream " + stream);
    }

    private void reconnect() {
        try {
            connection.close();
        } catch (RuntimeException ignored) {
            // the old connection is broken anyway
        }
        try {
            connection = link.connect();
        } catch (RuntimeException e) {
            log.warn("reconnecting the board event reader failed", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        open = false;
        // closing the connection ends a blocked XREAD at once
        connection.close();
        try {
            thread.join(BLOCK_MILLIS * 4);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
