package dev.gavel.bench.leaderboard;

import dev.gavel.server.contest.board.Board;
import dev.gavel.server.contest.board.Judgement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A thread feeding its share of the synthetic contest into the board in batches ({@code recordAll}), as fast as it
 * can or at a steady rate, with a push probe in every {@code probeEvery}-th batch while probing is on.
 */
final class Feeder {

    private final Board board;
    private final SyntheticContest contest;
    private final PushProbe probe;
    private final int batch;
    private final int probeEvery;
    private final long nanosPerBatch;
    private final AtomicLong recorded;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean probing;
    private volatile Throwable failure;

    /**
     * @param judgementsPerSecond this feeder's rate, or 0 for as fast as it can
     * @param recorded            counts the judgements recorded, shared by all feeders
     */
    Feeder(Board board, SyntheticContest contest, PushProbe probe, int batch, int probeEvery, double judgementsPerSecond,
           AtomicLong recorded, String name) {
        this.board = board;
        this.contest = contest;
        this.probe = probe;
        this.batch = batch;
        this.probeEvery = probeEvery;
        this.nanosPerBatch = judgementsPerSecond > 0 ? (long) (batch * 1e9 / judgementsPerSecond) : 0;
        this.recorded = recorded;
        this.thread = Thread.ofPlatform().name(name).start(this::run);
    }

    private void run() {
        long due = System.nanoTime();
        try {
            for (long n = 0; running; n++) {
                List<Judgement> js = new ArrayList<>(batch);
                boolean probe = probing && n % probeEvery == 0;
                for (int i = probe ? 1 : 0; i < batch; i++) js.add(contest.next());
                if (probe) js.add(this.probe.next(js.get(0).atMillis()));
                board.recordAll(js);
                recorded.addAndGet(js.size());
                if (nanosPerBatch > 0) {
                    due += nanosPerBatch;
                    long wait = due - System.nanoTime();
                    if (wait > 0) LockSupport.parkNanos(wait);
                }
            }
        } catch (RuntimeException | Error e) {
            failure = e;
        }
    }

    void probe(boolean on) {
        probing = on;
    }

    /** Stops the thread and waits for it. */
    void stop() throws InterruptedException {
        running = false;
        thread.join();
        if (failure != null) throw new IllegalStateException("a feeder failed: " + failure, failure);
    }
}
