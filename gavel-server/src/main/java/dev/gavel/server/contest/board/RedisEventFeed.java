package dev.gavel.server.contest.board;

import io.lettuce.core.StreamMessage;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A thread that follows a contest's event streams with XREAD BLOCK and hands every event to the store's
 * subscribers, whichever process wrote it: so every node of a cluster pushes the same changes. It reads only the
 * views that have subscribers, each from the last event at the time the view got its first one; a gap in ids (a
 * rebuild, or a reader that fell behind the retention) reaches subscribers as such.
 */
final class RedisEventFeed implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisEventFeed.class);
    // short, so that a view that gets its first subscriber joins the next read soon
    private static final long BLOCK_MILLIS = 250;
    private static final long BATCH = 1000;
    private static final long RETRY_MILLIS = 500;
    private static final View[] VIEWS = View.values();

    private final RedisLink link;
    private final Map<View, RedisKeys> keys;
    private final Listeners listeners;
    private final AtomicLongArray last = new AtomicLongArray(VIEWS.length);
    private final Thread thread;
    private volatile int followed;
    private volatile boolean open = true;
    private volatile StatefulRedisConnection<String, String> connection;

    RedisEventFeed(RedisLink link, Map<View, RedisKeys> keys, Listeners listeners, String name) {
        this.link = link;
        this.keys = keys;
        this.listeners = listeners;
        this.connection = link.connect();
        this.thread = Thread.ofPlatform().daemon().name(name).start(this::run);
    }

    /** Starts reading a view from its current last event (call it when the view gets its first subscriber). */
    synchronized void follow(View view) {
        if ((followed & bit(view)) != 0) return;
        String seq = link.commands().get(keys.get(view).seq());
        last.set(view.ordinal(), seq == null ? 0 : Long.parseLong(seq));
        followed |= bit(view);
    }

    /** Stops reading a view (its last subscriber left). */
    synchronized void unfollow(View view) {
        followed &= ~bit(view);
    }

    private static int bit(View view) {
        return 1 << view.ordinal();
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
        int views = followed;
        List<XReadArgs.StreamOffset<String>> offsets = new ArrayList<>(VIEWS.length);
        for (View v : VIEWS) {
            if ((views & bit(v)) != 0) offsets.add(XReadArgs.StreamOffset.from(keys.get(v).events(), "0-" + last.get(v.ordinal())));
        }
        if (offsets.isEmpty()) {
            sleep(BLOCK_MILLIS);
            return;
        }
        List<StreamMessage<String, String>> messages = connection.sync().xread(
                XReadArgs.Builder.block(BLOCK_MILLIS).count(BATCH), offsets.toArray(XReadArgs.StreamOffset[]::new));
        for (StreamMessage<String, String> m : messages) {
            View view = viewOf(m.getStream());
            long id = RedisKeys.eventId(m.getId());
            if (id <= last.get(view.ordinal())) continue;
            last.set(view.ordinal(), id);
            listeners.deliver(event(view, m));
        }
    }

    /** An event as the write script logs it: fields r (rank), m (member), d (encoded row). */
    static BoardEvent event(View view, StreamMessage<String, String> m) {
        Map<String, String> body = m.getBody();
        long participant = Long.parseLong(body.get("m"));
        RankedRow row = new RankedRow(Integer.parseInt(body.get("r")), RowCodec.decode(participant, body.get("d")));
        return new BoardEvent(RedisKeys.eventId(m.getId()), view, row);
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
