package dev.gavel.sandbox.box;

import dev.gavel.sandbox.BoxConfig;
import dev.gavel.sandbox.RunOutcome;
import dev.gavel.sandbox.RunSpec;
import dev.gavel.sandbox.RunUsage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One running {@code gavel-box --serve}: writes requests to its stdin, reads results from its stdout. Its stderr (the
 * helper's own complaints) is kept, the last few KiB, to explain a fault. If the helper dies, hangs or says anything
 * outside the protocol, the run is a {@link RunOutcome.SandboxFault} and this helper is {@linkplain #broken() broken}.
 */
final class Helper implements AutoCloseable {

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "gavel-box-watchdog");
        t.setDaemon(true);
        return t;
    });
    /** Beyond the run's own wall limit, how long the helper may take to answer before it is presumed hung. */
    private static final long GRACE_MS = 30_000;

    private final Process process;
    private final OutputStream requests;
    private final BufferedReader results;
    private final StringBuilder stderrTail = new StringBuilder();
    private final Thread stderrDrainer;
    final int uid;
    private volatile boolean broken;

    private Helper(Process process, int uid) {
        this.process = process;
        this.uid = uid;
        this.requests = process.getOutputStream();
        this.results = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        // a platform thread: a blocking read of a process pipe pins a virtual thread's carrier for the helper's whole
        // life, and a few idle helpers would take every carrier a server's virtual threads have
        this.stderrDrainer = Thread.ofPlatform().daemon().name("gavel-box-stderr-" + uid).start(this::drainStderr);
    }

    /** Starts a helper and waits until it has prepared its sandbox. */
    static Helper start(BoxConfig config, int uid) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(HelperBinary.locate(config).toString());
        cmd.add("--serve");
        cmd.add("--uid=" + uid);
        cmd.add("--tmp-kib=" + config.tmpSize().kib());
        for (String b : config.roBinds()) cmd.add("--ro-bind=" + b);
        for (String m : config.masks()) cmd.add("--mask=" + m);
        Process p = new ProcessBuilder(cmd).start();
        Helper h = new Helper(p, uid);
        ScheduledFuture<?> kill = WATCHDOG.schedule(p::destroyForcibly, GRACE_MS, TimeUnit.MILLISECONDS);
        try {
            List<String> hello = h.readBlock();
            if (hello == null || !hello.equals(List.of("ready:1"))) {
                String said = h.stderrTail();
                h.close();
                throw new IOException("gavel-box did not start: " + (hello == null ? "" : hello + " ") + said);
            }
        } finally {
            kill.cancel(false);
        }
        return h;
    }

    RunOutcome run(RunSpec spec) {
        if (broken) return fault("this sandbox's helper is broken");
        byte[] request = Request.encode(Request.args(spec));
        long budget = spec.limits().wallTime().toMillis() + GRACE_MS;
        ScheduledFuture<?> kill = WATCHDOG.schedule(() -> {
            process.destroy();
            WATCHDOG.schedule(process::destroyForcibly, 5, TimeUnit.SECONDS);
        }, budget, TimeUnit.MILLISECONDS);
        try {
            requests.write(request);
            requests.flush();
            List<String> lines = readBlock();
            if (lines == null) return fault("gavel-box ended unexpectedly (exit " + exitCode() + ")");
            RunOutcome outcome = ResultLines.parse(lines);
            if (outcome instanceof RunOutcome.SandboxFault) broken = true;
            return outcome;
        } catch (IOException e) {
            return fault("talking to gavel-box: " + e.getMessage());
        } catch (ResultLines.ProtocolException e) {
            return fault("gavel-box broke the protocol: " + e.getMessage());
        } finally {
            kill.cancel(false);
        }
    }

    private RunOutcome fault(String reason) {
        broken = true;
        // before stop(): destroying the process closes its stderr under the drainer, losing its last words
        String tail = stderrTail();
        stop();
        return new RunOutcome.SandboxFault(tail.isEmpty() ? reason : reason + "; gavel-box said: " + tail, RunUsage.none());
    }

    /** Lines up to a blank line; null at end of stream. */
    private List<String> readBlock() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line; (line = results.readLine()) != null; ) {
            if (line.isEmpty()) return lines;
            lines.add(line);
        }
        return null;
    }

    private String exitCode() {
        try {
            return process.waitFor(2, TimeUnit.SECONDS) ? Integer.toString(process.exitValue()) : "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private void drainStderr() {
        byte[] buf = new byte[4096];
        try (InputStream in = process.getErrorStream()) {
            for (int n; (n = in.read(buf)) > 0; ) {
                synchronized (stderrTail) {
                    stderrTail.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                    if (stderrTail.length() > 4096) stderrTail.delete(0, stderrTail.length() - 4096);
                }
            }
        } catch (IOException e) {
            // the helper is gone; what it said is already kept
        }
    }

    String stderrTail() {
        try {
            // give the drainer a moment to catch the helper's last words: once the helper has ended, its
            // stderr reaches end of file soon after, and the drainer has read everything when it stops
            if (process.waitFor(200, TimeUnit.MILLISECONDS)) {
                stderrDrainer.join(Duration.ofSeconds(1));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (stderrTail) {
            return stderrTail.toString().strip();
        }
    }

    boolean broken() {
        return broken || !process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** Closing stdin makes the helper kill what is left, remove its cgroups and exit; a stubborn one is killed. */
    @Override
    public void close() {
        try {
            requests.close();
        } catch (IOException e) {
            // already gone
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) stop();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM first: the helper then kills its keeper and still removes its cgroups; SIGKILL only if it must. */
    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(3, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
