package dev.gavel.server.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes rows for many concurrent callers in shared transactions: each caller hands over its item and waits; a
 * writer thread takes everything waiting (up to a batch), writes it in one transaction and commits once, then
 * wakes the callers. Each caller returns only after its row is committed, so "durable before the answer" holds,
 * while the database sees one commit (one WAL flush) per batch instead of one per request. One writer: with two
 * taking turns, batches were smaller and throughput lower on both databases (docs/benchmarks.md).
 *
 * <p>If a batch fails, its items are written again one per transaction, so only the item at fault fails.
 *
 * <p>{@code committed} runs on the writer thread after each batch's commit, before its callers are woken: what the
 * rows start (a worker to judge them) need not wait for a caller's thread to be scheduled first.
 *
 * @param <T> what a caller hands over
 */
public final class GroupCommit<T> implements AutoCloseable {

    /** Writes items inside the current transaction; returns one id per item, in order. */
    @FunctionalInterface
    public interface Writer<T> {
        List<Long> write(List<T> items);
    }

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);
    private static final int STORE_TIMEOUT_SECONDS = 30;

    private record Pending<T>(T item, CompletableFuture<Long> done) {
    }

    private final TransactionTemplate tx;
    private final Writer<T> writer;
    private final int maxBatch;
    private final BlockingQueue<Pending<T>> waiting;
    private final AtomicBoolean open = new AtomicBoolean(true);
    private final Thread thread;
    private final DistributionSummary batchSizes;
    private final Runnable committed;

    public GroupCommit(String name, TransactionTemplate tx, Writer<T> writer, int maxBatch, MeterRegistry meters) {
        this(name, tx, writer, maxBatch, meters, () -> { });
    }

    /** As above; {@code committed} runs after each commit of a batch (see the class comment). */
    public GroupCommit(String name, TransactionTemplate tx, Writer<T> writer, int maxBatch, MeterRegistry meters,
                       Runnable committed) {
        this.committed = committed;
        this.tx = tx;
        this.writer = writer;
        this.maxBatch = maxBatch;
        this.waiting = new ArrayBlockingQueue<>(maxBatch * 64);
        this.batchSizes = DistributionSummary.builder("gavel.store.group.commit.batch").tag("table", name)
                .description("rows written per commit").publishPercentiles(0.5, 0.99).register(meters);
        this.thread = Thread.ofPlatform().daemon().name("gavel-group-commit-" + name).start(this::run);
    }

    /** Writes the item and returns its id once committed. */
    public long write(T item) {
        return writeAll(List.of(item)).getFirst();
    }

    /**
     * Writes the items and returns their ids, in order, once all are committed. They may share commits with other
     * callers' items, and need not all land in the same one.
     */
    public List<Long> writeAll(List<T> items) {
        if (!open.get()) throw new IllegalStateException("the server is shutting down");
        List<Pending<T>> pending = items.stream().map(i -> new Pending<>(i, new CompletableFuture<Long>())).toList();
        try {
            for (Pending<T> p : pending) waiting.put(p);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STORE_TIMEOUT_SECONDS);
            List<Long> ids = new ArrayList<>(pending.size());
            for (Pending<T> p : pending) {
                ids.add(p.done.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            }
            return ids;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("storing took over " + STORE_TIMEOUT_SECONDS + " s; the database may be down");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }

    private void run() {
        List<Pending<T>> batch = new ArrayList<>(maxBatch);
        while (open.get() || !waiting.isEmpty()) {
            try {
                Pending<T> first = waiting.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) continue;
                batch.add(first);
                waiting.drainTo(batch, maxBatch - 1);
                writeBatch(batch);
            } catch (InterruptedException e) {
                if (!open.get()) break;
            } catch (RuntimeException e) {
                log.error("group commit failed", e);
                batch.forEach(p -> p.done.completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void writeBatch(List<Pending<T>> batch) {
        batchSizes.record(batch.size());
        List<T> items = batch.stream().map(Pending::item).toList();
        List<Long> ids;
        try {
            ids = tx.execute(s -> writer.write(items));
            afterCommit();
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.getFirst().done.completeExceptionally(e);
                return;
            }
            for (Pending<T> p : batch) {
                try {
                    Long id = tx.execute(s -> writer.write(List.of(p.item))).getFirst();
                    afterCommit();
                    p.done.complete(id);
                } catch (RuntimeException one) {
                    p.done.completeExceptionally(one);
                }
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) batch.get(i).done.complete(ids.get(i));
    }

    private void afterCommit() {
        try {
            committed.run();
        } catch (RuntimeException e) {
            log.warn("after a group commit: {}", e.toString());
        }
    }

    /** Writes what is waiting, then stops. */
    @Override
    public void close() {
        open.set(false);
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
