package dev.gavel.server.contest;

import dev.gavel.server.config.GavelProperties;
import dev.gavel.server.contest.board.BoardEvent;
import dev.gavel.server.contest.board.EventBatch;
import dev.gavel.server.contest.board.View;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pushes leaderboard changes to every viewer (SSE streams, WebSocket sessions). Each change is turned into JSON and
 * into its SSE frame once, and queued for each viewer of its view; a viewer's queue is sent by a virtual thread, so
 * a slow connection delays nobody else. Viewers with changes queued are sent them at the next tick of the push
 * window, so the changes of a window go out in one write: with 10,000 viewers the cost is a write per viewer per
 * window, not per change, and one timer serves them all (a timed wait per viewer was a timer task each). A viewer
 * whose queue grows past {@value #MAX_QUEUED} messages is dropped: it reconnects and resumes from its last event id.
 */
@Component
public class LeaderboardFeed implements SmartLifecycle {

    static final int MAX_QUEUED = 10_000;
    private static final int WRITE = 256;

    private final ContestBoards boards;
    private final JsonMapper json;
    private final long windowNanos;
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    // viewers with changes waiting for the next tick; null when there is no window (each change is sent at once)
    private final ScheduledExecutorService ticker;
    private final Queue<Follower> due = new ConcurrentLinkedQueue<>();
    private final Map<Key, Set<Follower>> followers = new ConcurrentHashMap<>();
    private volatile boolean running;

    /**
     * A message to a viewer.
     *
     * @param event {@code row} (a row of the followed view changed), {@code me} (the viewer's own row in the truth,
     *              during a freeze) or {@code reload} (events were lost or the board was rebuilt: fetch it again)
     * @param id    the view's event id; for {@code me}, the full view's
     * @param sse   the message as a Server-Sent Event, made once for all viewers; a {@code me} event has no SSE id,
     *              so it does not move the stream's resume point
     * @param socketText the message as a WebSocket text frame, also made once for all viewers
     */
    public record Message(String event, View view, long id, byte[] sse, String socketText) {

        /** The message of this JSON, in the form each kind of stream sends. */
        static Message of(String event, View view, long id, String data) {
            StringBuilder frame = new StringBuilder(data.length() + 40).append("event:").append(event).append('\n');
            if (!event.equals("me")) frame.append("id:").append(id).append('\n');
            // compact JSON has no line breaks; one data line per line would be needed if it had
            frame.append("data:").append(data).append("\n\n");
            String socketText = "{\"event\":\"" + event + "\",\"id\":" + id + ",\"data\":" + data + "}";
            return new Message(event, view, id, frame.toString().getBytes(StandardCharsets.UTF_8), socketText);
        }
    }

    /** Where a viewer's messages go. */
    public interface Sink {
        /** Sends the messages, in order, in one write; false when the viewer is gone. */
        boolean send(List<Message> messages);

        void close();
    }

    private record Key(long contestId, View view) {
    }

    public LeaderboardFeed(ContestBoards boards, JsonMapper json, GavelProperties properties) {
        this.boards = boards;
        this.json = json;
        this.windowNanos = properties.leaderboard().pushWindow().toNanos();
        if (windowNanos > 0) {
            ticker = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().daemon().name("leaderboard-push-window").factory());
            ticker.scheduleAtFixedRate(this::sendDue, windowNanos, windowNanos, TimeUnit.NANOSECONDS);
        } else {
            ticker = null;
        }
    }

    @PreDestroy
    void close() {
        if (ticker != null) ticker.shutdownNow();
        senders.shutdownNow();
    }

    /** A tick of the push window: every viewer with changes queued since the last tick starts sending them. */
    private void sendDue() {
        for (Follower f; (f = due.poll()) != null; ) f.dispatch();
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * Ends every viewer's stream before the web server's graceful shutdown, which would otherwise wait for open
     * streams (a closed browser is noticed only on the next write). Viewers reconnect to another server and resume.
     */
    @Override
    public void stop() {
        running = false;
        for (Set<Follower> set : followers.values()) {
            for (Follower f : set) f.end();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    /**
     * Follows a view of a contest's board from after {@code afterEventId} (0 = only new changes); with {@code me},
     * also that participant's own row of the full view. Returns what stops following.
     */
    public Runnable follow(ContestBoards.Loaded loaded, View view, Long me, long afterEventId, Sink sink) {
        long contestId = loaded.contest().id();
        // a viewer of the full board has its own row among the others
        Long own = view == View.FULL ? null : me;
        Follower follower = new Follower(sink, own);
        Key main = new Key(contestId, view);
        Key ownKey = own == null ? null : new Key(contestId, View.FULL);
        join(main, follower);
        if (ownKey != null) join(ownKey, follower);
        if (afterEventId > 0) {
            EventBatch missed = loaded.board().since(view, afterEventId);
            if (missed.tooOld()) {
                follower.backlog(Message.of("reload", view, missed.lastEventId(), reload(missed.lastEventId())));
            } else {
                for (BoardEvent e : missed.events().reversed()) follower.backlog(message("row", loaded, e));
            }
        }
        follower.start();
        return () -> {
            follower.stop();
            leave(main, follower);
            if (ownKey != null) leave(ownKey, follower);
        };
    }

    private void join(Key key, Follower follower) {
        followers.computeIfAbsent(key, k -> {
            boards.watch(k.contestId(), k.view(), new Fanout(k));
            return ConcurrentHashMap.newKeySet();
        }).add(follower);
    }

    private void leave(Key key, Follower follower) {
        Set<Follower> set = followers.get(key);
        if (set != null) set.remove(follower);
    }

    /** Viewers following the contest now (both views). */
    public int followers(long contestId) {
        int n = 0;
        for (Map.Entry<Key, Set<Follower>> e : followers.entrySet()) {
            if (e.getKey().contestId() == contestId && e.getKey().view() == View.PUBLIC) n += e.getValue().size();
        }
        return n;
    }

    private Message message(String event, ContestBoards.Loaded loaded, BoardEvent e) {
        String data = json.writeValueAsString(Map.of("id", e.id(), "row", loaded.present(e.row())));
        return Message.of(event, e.view(), e.id(), data);
    }

    private String reload(long lastEventId) {
        return json.writeValueAsString(Map.of("lastEventId", lastEventId));
    }

    /** One view's changes to all its followers, each made JSON once. */
    private final class Fanout implements ContestBoards.BoardListener {
        private final Key key;

        Fanout(Key key) {
            this.key = key;
        }

        @Override
        public void changed(BoardEvent event) {
            Set<Follower> set = followers.get(key);
            if (set == null || set.isEmpty()) return;
            ContestBoards.Loaded loaded = boards.loaded(key.contestId()).orElse(null);
            if (loaded == null) return;
            Message row = null;
            Message own = null;
            for (Follower f : set) {
                if (key.view() == View.FULL && f.me != null) {
                    if (f.me != event.row().row().participant()) continue;
                    if (own == null) own = message("me", loaded, event);
                    f.offer(own);
                } else {
                    if (row == null) row = message("row", loaded, event);
                    f.offer(row);
                }
            }
        }

        @Override
        public void rebuilt() {
            Set<Follower> set = followers.get(key);
            if (set == null) return;
            Message m = Message.of("reload", key.view(), 0, reload(0));
            set.forEach(f -> f.offer(m));
        }
    }

    /** One viewer: its queue, sent in order by at most one virtual thread at a time. */
    private final class Follower {
        private final Sink sink;
        private final Long me;
        private final ConcurrentLinkedDeque<Message> queue = new ConcurrentLinkedDeque<>();
        private final AtomicInteger queued = new AtomicInteger();
        private final AtomicBoolean sending = new AtomicBoolean();
        private final AtomicBoolean ended = new AtomicBoolean();
        private final long[] lastSent = new long[View.values().length];
        private volatile boolean started;
        private volatile boolean stopped;

        Follower(Sink sink, Long me) {
            this.sink = sink;
            this.me = me;
        }

        /** Messages missed before following began go ahead of everything queued (call in reverse order). */
        void backlog(Message m) {
            queued.incrementAndGet();
            queue.addFirst(m);
        }

        void start() {
            started = true;
            schedule();
        }

        void offer(Message m) {
            if (stopped) return;
            if (queued.incrementAndGet() > MAX_QUEUED) {
                stop();
                sink.close();
                return;
            }
            queue.addLast(m);
            schedule();
        }

        void stop() {
            stopped = true;
            queue.clear();
        }

        /** Stops and closes the viewer's connection (once, though it may follow two views). */
        void end() {
            if (ended.compareAndSet(false, true)) {
                stop();
                sink.close();
            }
        }

        private void schedule() {
            if (started && !stopped && sending.compareAndSet(false, true)) {
                if (ticker != null) due.add(this);
                else dispatch();
            }
        }

        void dispatch() {
            try {
                senders.execute(this::send);
            } catch (RuntimeException e) {
                sending.set(false); // shutting down
            }
        }

        /**
         * Sends what is queued, up to {@value #WRITE} messages a write: the changes of one window go out together,
         * and a viewer that fell behind catches up in few writes.
         */
        private void send() {
            try {
                List<Message> write = new ArrayList<>();
                while (!stopped) {
                    write.clear();
                    for (Message m; write.size() < WRITE && (m = queue.pollFirst()) != null; ) {
                        queued.decrementAndGet();
                        if (m.event().equals("reload")) {
                            lastSent[m.view().ordinal()] = m.id();
                        } else if (m.id() <= lastSent[m.view().ordinal()]) {
                            continue; // also in the backlog
                        } else {
                            lastSent[m.view().ordinal()] = m.id();
                        }
                        write.add(m);
                    }
                    if (write.isEmpty()) break;
                    if (!sink.send(write)) {
                        stop();
                        return;
                    }
                }
            } finally {
                sending.set(false);
            }
            if (!queue.isEmpty()) schedule();
        }
    }
}
