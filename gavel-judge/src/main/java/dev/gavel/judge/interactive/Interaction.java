package dev.gavel.judge.interactive;

import dev.gavel.sandbox.RunOutcome;
import dev.gavel.sandbox.RunSpec;
import dev.gavel.sandbox.RunUsage;
import dev.gavel.sandbox.Sandbox;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One interactive run: the submission and the validator started together in two sandboxes and connected through
 * the judge.
 *
 * <p>Theory of operation: four FIFOs, each with the judge at one end — submission stdout → judge → validator stdin and
 * validator stdout → judge → submission stdin. Two pump threads copy bytes as they come. Because every FIFO has the
 * judge on one side, the order in which the two sandboxes open their ends cannot deadlock (two programs opening two
 * FIFOs directly each block opening their stdin until the other opens its stdout). When one side ends, its pump sees
 * end-of-file and closes the other side's input, so the peer sees end-of-file too; when one side stops reading, the
 * pump's write fails and it closes its reading end, so the writer gets SIGPIPE. After both runs end, any FIFO end still
 * waiting to be opened (a side that never started) is released by opening it read-write, which never blocks.
 */
public final class Interaction {

    /**
     * How the two runs ended.
     *
     * @param submission     the submission's run
     * @param validator      the validator's run
     * @param validatorFirst the validator's run ended no later than the submission's
     */
    public record Ended(RunOutcome submission, RunOutcome validator, boolean validatorFirst) {
    }

    private Interaction() {
    }

    /**
     * @param submissionBox  the submission's sandbox
     * @param submission     the submission's run; its stdin and stdout are replaced by pipes
     * @param validatorBox   the validator's sandbox (another one: both run at once)
     * @param validator      the validator's run; its stdin and stdout are replaced by pipes
     * @param fifoDir        an empty directory for the FIFOs
     */
    public static Ended run(Sandbox submissionBox, RunSpec submission, Sandbox validatorBox, RunSpec validator,
                            Path fifoDir) throws IOException {
        Path subOut = fifoDir.resolve("submission.out");
        Path valIn = fifoDir.resolve("validator.in");
        Path valOut = fifoDir.resolve("validator.out");
        Path subIn = fifoDir.resolve("submission.in");
        List<Path> fifos = List.of(subOut, valIn, valOut, subIn);
        fifos(fifos);
        ExecutorService threads = Executors.newFixedThreadPool(10, r -> {
            Thread t = new Thread(r, "gavel-interaction");
            t.setDaemon(true);
            return t;
        });
        try {
            CompletableFuture<InputStream> fromSub = open(threads, () -> new FileInputStream(subOut.toFile()));
            CompletableFuture<OutputStream> toVal = open(threads, () -> new FileOutputStream(valIn.toFile()));
            CompletableFuture<InputStream> fromVal = open(threads, () -> new FileInputStream(valOut.toFile()));
            CompletableFuture<OutputStream> toSub = open(threads, () -> new FileOutputStream(subIn.toFile()));
            AtomicLong submissionQuiet = new AtomicLong();
            AtomicLong validatorQuiet = new AtomicLong();
            Future<?> pump1 = threads.submit(() -> pump(fromSub, toVal, submissionQuiet));
            Future<?> pump2 = threads.submit(() -> pump(fromVal, toSub, validatorQuiet));

            Future<Timed> sub = threads.submit(() -> timed(submissionBox, submission.withStdin(subIn).withStdout(subOut)));
            Future<Timed> val = threads.submit(() -> timed(validatorBox, validator.withStdin(valIn).withStdout(valOut)));
            Timed s = await(sub);
            Timed v = await(val);

            for (Path p : fifos) release(p);
            finish(pump1);
            finish(pump2);
            closeQuietly(fromSub, toVal, fromVal, toSub);
            // Who went quiet first decides, not whose run() returned first: when one side reacts to the other's end,
            // the pump saw the first end before it passed it on, so these two instants are causally ordered.
            long sq = submissionQuiet.get();
            long vq = validatorQuiet.get();
            boolean validatorFirst;
            if (sq != 0 && vq != 0) {
                validatorFirst = vq <= sq;
            } else if (sq != 0 || vq != 0) {
                validatorFirst = vq != 0;
            } else {
                validatorFirst = v.endNanos <= s.endNanos;
            }
            return new Ended(s.outcome, v.outcome, validatorFirst);
        } finally {
            threads.shutdownNow();
            for (Path p : fifos) Files.deleteIfExists(p);
        }
    }

    private record Timed(RunOutcome outcome, long endNanos) {
    }

    private static Timed timed(Sandbox box, RunSpec spec) {
        RunOutcome outcome;
        try {
            outcome = box.run(spec);
        } catch (RuntimeException e) {
            outcome = new RunOutcome.SandboxFault("sandbox failed: " + e, RunUsage.none());
        }
        return new Timed(outcome, System.nanoTime());
    }

    private static Timed await(Future<Timed> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Timed(new RunOutcome.SandboxFault("interrupted", RunUsage.none()), System.nanoTime());
        } catch (ExecutionException e) {
            return new Timed(new RunOutcome.SandboxFault("sandbox failed: " + e.getCause(), RunUsage.none()),
                    System.nanoTime());
        }
    }

    private interface Opener<T> {
        T open() throws IOException;
    }

    private static <T> CompletableFuture<T> open(ExecutorService threads, Opener<T> opener) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return opener.open();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, threads);
    }

    /** Copies until the writer goes quiet (end of file) or the reader goes away; records when in {@code quiet}. */
    private static void pump(CompletableFuture<InputStream> from, CompletableFuture<OutputStream> to,
                             AtomicLong quiet) {
        InputStream in = null;
        OutputStream out = null;
        try {
            in = from.join();
            out = to.join();
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) >= 0) {
                out.write(buf, 0, n);
            }
            quiet.compareAndSet(0, System.nanoTime());
        } catch (IOException | RuntimeException e) {
            // the other side went away: closing both ends below passes that on
        } finally {
            close(out);
            close(in);
        }
    }

    // Opening a FIFO read-write never blocks and pairs with any open still waiting on the other end.
    private static void release(Path fifo) {
        try {
            new RandomAccessFile(fifo.toFile(), "rw").close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    private static void finish(Future<?> pump) {
        try {
            pump.get(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            pump.cancel(true);
        }
    }

    @SafeVarargs
    private static void closeQuietly(CompletableFuture<? extends java.io.Closeable>... ends) {
        for (CompletableFuture<? extends java.io.Closeable> f : ends) {
            if (f.isDone() && !f.isCompletedExceptionally()) close(f.join());
        }
    }

    private static void close(java.io.Closeable c) {
        if (c == null) return;
        try {
            c.close();
        } catch (IOException ignored) {
            // closing a pipe whose peer is gone
        }
    }

    /** Makes the FIFOs with one {@code mkfifo}, open to the sandboxes' users whatever the umask. */
    private static void fifos(List<Path> fifos) throws IOException {
        List<String> command = new ArrayList<>(List.of("mkfifo", "-m", "666"));
        fifos.forEach(p -> command.add(p.toString()));
        Process mk = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String out = new String(mk.getInputStream().readAllBytes());
            if (mk.waitFor() != 0) throw new IOException("mkfifo " + fifos + " failed: " + out.strip());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted making a FIFO");
        }
        for (Path p : fifos) {
            try {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-rw-rw-"));
            } catch (UnsupportedOperationException ignored) {
                // not POSIX: mkfifo's mode stands
            }
        }
    }
}
