package dev.gavel.bench.leaderboard;

import dev.gavel.server.contest.board.BoardEvent;
import dev.gavel.server.contest.board.Judgement;
import dev.gavel.server.contest.board.Outcome;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Consumer;

/**
 * Push latency: from handing a judgement to the board to a subscribed listener receiving its row's event. The
 * probe owns participants {@code 0 ..< PARTICIPANTS}, which the synthetic contest never touches; each probe
 * judgement is one more rejected try of one of them, so it always changes that row and always makes one event. A
 * probe participant gets a new probe only long after its last one, so an event is matched to its probe by
 * participant. Subscribe it to the FULL view; a transport (SSE, WebSocket) would wrap this listener.
 */
final class PushProbe implements Consumer<BoardEvent> {

    static final int PARTICIPANTS = 100;

    private final AtomicLongArray sentAt = new AtomicLongArray(PARTICIPANTS);
    private final AtomicInteger next = new AtomicInteger();
    // far above the synthetic contest's submission ids
    private final AtomicLong submission = new AtomicLong(1L << 60);
    private final LatencyHistogram latencies = new LatencyHistogram();

    /** A probe judgement, stamped now: hand it to the board at once. */
    Judgement next(long atMillis) {
        int participant = Math.floorMod(next.getAndIncrement(), PARTICIPANTS);
        Judgement j = Judgement.icpc(participant, 0, submission.getAndIncrement(), atMillis, Outcome.REJECTED);
        sentAt.set(participant, System.nanoTime());
        return j;
    }

    @Override
    public void accept(BoardEvent event) {
        long participant = event.row().row().participant();
        if (participant >= PARTICIPANTS) return;
        long sent = sentAt.getAndSet((int) participant, 0);
        if (sent != 0) latencies.recordNanos(System.nanoTime() - sent);
    }

    LatencyHistogram latencies() {
        return latencies;
    }
}
