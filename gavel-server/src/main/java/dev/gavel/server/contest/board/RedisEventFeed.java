package dev.gavel.server.contest.board;

import io.lettuce.core.StreamMessage;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A thread that follows a contest's event streams with XREAD BLOCK and hands every event to the store's
 * subscribers, whichever process wrote it: so every node of a cluster pushes the same changes. Starts from the last
 * event at its start; a gap in ids (a rebuild, or a reader that fell behind the retention) reaches subscribers as
 * such.
 */
final class RedisEventFeed implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisEventFeed.class);
    private static final long BLOCK_MILLIS = 1000;
    private static final long BATCH = 1000;
    private static final long RETRY_MILLIS = 500;

    private final RedisLink link;
    private final Map<View, RedisKeys> keys;
    private final Listeners listeners;
    private final Map<View, Long> last = new EnumMap<>(View.class);
    private final Thread thread;
    private volatile boolean open = true;
    private volatile StatefulRedisConnection<String, String> connection;

    RedisEventFeed(RedisLink link, Map<View, RedisKeys> keys, Listeners listeners, String name) {
        this.link = link;
        this.keys = keys;
        this.listeners = listeners;
        for (View v : View.values()) {
            String seq = link.commands().get(keys.get(v).seq());
            last.put(v, seq == null ? 0 : Long.parseLong(seq));
        }
        this.connection = link.connect();
        this.thread = Thread.ofPlatform().daemon().name(name).start(this::run);
    }

    private void run() {
        while (open) {
            try {
                readOnce();
            } catch (RuntimeException e) {
                if (!open) return;
                log.warn("reading board events failed; retrying", e);
                sleep();
                reconnect();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void readOnce() {
        View[] views = View.values();
        XReadArgs.StreamOffset<String>[] offsets = new XReadArgs.StreamOffset[views.length];
        for (int i = 0; i < views.length; i++) {
            offsets[i] = XReadArgs.StreamOffset.from(keys.get(views[i]).events(), "0-" + last.get(views[i]));
        }
        List<StreamMessage<String, String>> messages =
                connection.sync().xread(XReadArgs.Builder.block(BLOCK_MILLIS).count(BATCH), offsets);
        for (StreamMessage<String, String> m : messages) {
            View view = viewOf(m.getStream());
            long id = RedisKeys.eventId(m.getId());
            if (id <= last.get(view)) continue;
            last.put(view, id);
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
        for (View v : View.values()) if (keys.get(v).events().equals(stream)) return v;
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

    private static void sleep() {
        try {
            Thread.sleep(RETRY_MILLIS);
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
            thread.join(BLOCK_MILLIS * 2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
