package dev.gavel.bench.leaderboard;

import dev.gavel.server.contest.board.Board;
import dev.gavel.server.contest.board.View;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * A reader thread, as a page request would read: the public top 100, then a random participant's public
 * {@code around=me} (10 rows each side), in turn, at a steady rate, timing each read.
 */
final class ReadProbe {

    static final int TOP = 100;
    static final int RADIUS = 10;

    private final Board board;
    private final long participants;
    private final long intervalNanos;
    private final LatencyHistogram top = new LatencyHistogram();
    private final LatencyHistogram around = new LatencyHistogram();
    private final LatencyHistogram all = new LatencyHistogram();
    private final Thread thread;
    private volatile boolean running = true;

    ReadProbe(Board board, long participants, int readsPerSecond) {
        this.board = board;
        this.participants = participants;
        this.intervalNanos = 1_000_000_000L / readsPerSecond;
        this.thread = Thread.ofPlatform().name("leaderboard-reader").start(this::run);
    }

    private void run() {
        SplittableRandom random = new SplittableRandom(3);
        long due = System.nanoTime();
        for (long i = 0; running; i++) {
            long t0 = System.nanoTime();
            boolean readTop = i % 2 == 0;
            if (readTop) board.page(View.PUBLIC, 0, TOP);
            else board.around(View.PUBLIC, random.nextLong(participants), RADIUS);
            long took = System.nanoTime() - t0;
            (readTop ? top : around).recordNanos(took);
            all.recordNanos(took);
            due += intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) LockSupport.parkNanos(wait);
        }
    }

    LatencyHistogram top() {
        return top;
    }

    LatencyHistogram around() {
        return around;
    }

    /** Both kinds of read together. */
    LatencyHistogram all() {
        return all;
    }

    /** Stops the thread and waits for it. */
    void stop() throws InterruptedException {
        running = false;
        thread.join();
    }
}
