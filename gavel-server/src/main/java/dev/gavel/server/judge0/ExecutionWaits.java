package dev.gavel.server.judge0;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Component;

/**
 * Waits for executions to finish ({@code wait=true}): woken at once when this process writes the result, and
 * polling the table in between, so a result written by another process's workers is seen too.
 */
@Component
class ExecutionWaits {

    private static final long POLL_MS = 250;

    private final ExecutionStore store;
    private final Map<Long, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();

    ExecutionWaits(ExecutionStore store) {
        this.store = store;
    }

    /** The execution once finished, or as it is when the timeout passes (empty if it is gone). */
    Optional<ExecutionRow> await(long id, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        CompletableFuture<Void> done = waiting.computeIfAbsent(id, k -> new CompletableFuture<>());
        try {
            while (true) {
                Optional<ExecutionRow> row = store.find(id);
                long left = deadline - System.nanoTime();
                if (row.isEmpty() || row.get().status().finished() || left <= 0) return row;
                try {
                    done.get(Math.min(TimeUnit.NANOSECONDS.toMillis(left), POLL_MS) + 1, TimeUnit.MILLISECONDS);
                } catch (TimeoutException | ExecutionException ignored) {
                    // look again
                }
            }
        } finally {
            waiting.remove(id, done);
        }
    }

    /** The execution's result is committed. */
    void finished(long id) {
        CompletableFuture<Void> done = waiting.get(id);
        if (done != null) done.complete(null);
    }
}
