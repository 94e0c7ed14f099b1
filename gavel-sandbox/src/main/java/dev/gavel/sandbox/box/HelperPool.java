package dev.gavel.sandbox.box;

import dev.gavel.sandbox.BoxConfig;
import dev.gavel.sandbox.RunOutcome;
import dev.gavel.sandbox.RunSpec;
import dev.gavel.sandbox.Sandbox;
import dev.gavel.sandbox.SandboxPool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A thread-safe pool of prepared helpers. {@link #acquire()} takes a warm one (or starts one if none is ready) and a
 * background start tops the pool up again; a sandbox given back healthy is kept, a faulted one is ended and replaced.
 * Each helper has its own box uid ({@code uidBase + slot}, slots unique in this JVM).
 *
 * <p>{@code warm} counts the helpers lent out too: they come back. Counting only the idle ones made every acquire
 * start a helper and every give-back end one (the pool was always full again by then), so each judging paid for a
 * helper's start and its end on the judging's own CPU, and the worker waited for the old helper to exit.
 */
public final class HelperPool implements SandboxPool {

    private static final BitSet SLOTS = new BitSet();

    private final BoxConfig config;
    private final int warm;
    private final LinkedBlockingDeque<Helper> idle = new LinkedBlockingDeque<>();
    private final List<Helper> all = new ArrayList<>();
    private final AtomicInteger starting = new AtomicInteger();
    private final AtomicInteger lent = new AtomicInteger();
    private volatile boolean closed;

    public HelperPool(BoxConfig config, int warm) {
        if (warm < 0) throw new IllegalArgumentException("warm must be >= 0");
        this.config = Objects.requireNonNull(config, "config");
        this.warm = warm;
        topUp();
    }

    @Override
    public Sandbox acquire() {
        if (closed) throw new IllegalStateException("the sandbox pool is closed");
        Helper h;
        while ((h = idle.pollFirst()) != null && h.broken()) {
            end(h);
        }
        if (h == null) {
            try {
                h = startHelper();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start a sandbox", e);
            }
        }
        lent.incrementAndGet();
        topUp();
        return new PooledSandbox(h);
    }

    private void topUp() {
        while (!closed && helpers() < warm) {
            starting.incrementAndGet();
            Thread.ofPlatform().daemon().name("gavel-box-start").start(() -> { // reads pipes: see Helper
                try {
                    Helper h = startHelper();
                    if (closed) {
                        end(h);
                    } else {
                        idle.addLast(h);
                    }
                } catch (IOException | RuntimeException e) {
                    // acquire() starts one itself and reports the reason to its caller
                } finally {
                    starting.decrementAndGet();
                }
            });
        }
    }

    private Helper startHelper() throws IOException {
        int slot;
        synchronized (SLOTS) {
            slot = SLOTS.nextClearBit(0);
            SLOTS.set(slot);
        }
        try {
            Helper h = Helper.start(config, config.uidBase() + slot);
            synchronized (all) {
                all.add(h);
            }
            return h;
        } catch (IOException | RuntimeException e) {
            freeSlot(config.uidBase() + slot);
            throw e;
        }
    }

    private void freeSlot(int uid) {
        synchronized (SLOTS) {
            SLOTS.clear(uid - config.uidBase());
        }
    }

    /**
     * Ends a helper and frees its uid. A helper may be ended twice (the pool closed while it was lent, then its
     * borrower gives it back): only the first frees the uid, which by then may belong to a newer helper.
     */
    private void end(Helper h) {
        h.close();
        boolean wasOurs;
        synchronized (all) {
            wasOurs = all.remove(h);
        }
        if (wasOurs) freeSlot(h.uid);
    }

    private void giveBack(Helper h) {
        lent.decrementAndGet();
        if (closed || h.broken() || helpers() >= warm) {
            end(h);
        } else {
            idle.addFirst(h);
        }
        topUp();
    }

    /** The pool's helpers: idle, being started and lent out (see the class comment). */
    private int helpers() {
        return idle.size() + starting.get() + lent.get();
    }

    /** Helpers being started in the background now (for tests). */
    int starting() {
        return starting.get();
    }

    @Override
    public void close() {
        closed = true;
        List<Helper> helpers;
        synchronized (all) {
            helpers = new ArrayList<>(all);
        }
        helpers.parallelStream().forEach(this::end);
        idle.clear();
    }

    /** A helper lent to one caller until it closes this. */
    private final class PooledSandbox implements Sandbox {
        private Helper helper;

        PooledSandbox(Helper helper) {
            this.helper = helper;
        }

        @Override
        public RunOutcome run(RunSpec spec) {
            if (helper == null) throw new IllegalStateException("this sandbox was closed");
            return helper.run(spec);
        }

        @Override
        public void close() {
            if (helper != null) {
                giveBack(helper);
                helper = null;
            }
        }
    }
}
