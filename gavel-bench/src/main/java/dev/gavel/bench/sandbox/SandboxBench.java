package dev.gavel.bench.sandbox;

import dev.gavel.sandbox.RunLimits;
import dev.gavel.sandbox.RunOutcome;
import dev.gavel.sandbox.RunSpec;
import dev.gavel.sandbox.Sandbox;
import dev.gavel.sandbox.SandboxPool;
import dev.gavel.sandbox.Sandboxes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-run overhead of a static C program that exits 0, run the same number of times by three systems in one
 * process: a bare spawn from Java (no isolation), bubblewrap with comparable isolation, and one gavel-box helper.
 * Then judge throughput: runs per second with one helper per core.
 */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = "Sandbox overhead: bare spawn vs bubblewrap vs gavel-box, median and p99 per run, and runs/s.")
public final class SandboxBench implements Callable<Integer> {

    @Option(names = "--runs", description = "measured runs per system (default: ${DEFAULT-VALUE})")
    int runs = 2000;

    @Option(names = "--warmup", description = "unmeasured runs per system first (default: ${DEFAULT-VALUE})")
    int warmup = 200;

    @Option(names = "--throughput-seconds", description = "how long the throughput phase runs (default: ${DEFAULT-VALUE})")
    int throughputSeconds = 5;

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("gavel-bench-");
        try {
            Path exit0 = StaticProgram.exitZero(dir);
            System.out.printf(Locale.ROOT, "sandbox overhead: static C 'exit 0', %d runs per system after %d warm-up runs, %d cores%n",
                    runs, warmup, Runtime.getRuntime().availableProcessors());

            Samples bare = measure("bare", () -> Spawns.bare(exit0));
            System.out.println(bare.line());
            Samples bwrap = measure("bubblewrap", () -> Spawns.bubblewrap(exit0));
            System.out.println(bwrap.line());
            Samples gavel;
            try (SandboxPool pool = Sandboxes.pool(1); Sandbox box = pool.acquire()) {
                RunSpec spec = exitZeroSpec(exit0);
                gavel = measure("gavel", () -> expectExitZero(box.run(spec)));
            }
            System.out.println(gavel.line());
            System.out.printf(Locale.ROOT, "gavel/bare = %.2f%n", gavel.medianMillis() / bare.medianMillis());
            System.out.printf(Locale.ROOT, "bubblewrap/gavel = %.2f%n", bwrap.medianMillis() / gavel.medianMillis());
            throughput(exit0);
            return 0;
        } finally {
            StaticProgram.deleteTree(dir);
        }
    }

    private static RunSpec exitZeroSpec(Path exit0) {
        return RunSpec.of(List.of("./" + exit0.getFileName()), exit0.getParent(), RunLimits.defaults());
    }

    private static void expectExitZero(RunOutcome outcome) {
        if (!(outcome instanceof RunOutcome.Exited e && e.exitCode() == 0)) {
            throw new IllegalStateException("gavel-box did not run the program cleanly: " + outcome);
        }
    }

    private Samples measure(String system, ThrowingRun run) throws Exception {
        for (int i = 0; i < warmup; i++) {
            run.run();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run.run();
            nanos[i] = System.nanoTime() - start;
        }
        return new Samples(system, nanos);
    }

    /** One helper per core, each running the program back to back; bare spawns on as many threads as the baseline. */
    private void throughput(Path exit0) throws Exception {
        int workers = Runtime.getRuntime().availableProcessors();
        double bare = runsPerSecond(workers, () -> () -> Spawns.bare(exit0), () -> { });
        try (SandboxPool pool = Sandboxes.pool(workers)) {
            List<Sandbox> boxes = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                boxes.add(pool.acquire());
            }
            RunSpec spec = exitZeroSpec(exit0);
            AtomicLong next = new AtomicLong();
            double gavel = runsPerSecond(workers, () -> {
                Sandbox box = boxes.get((int) next.getAndIncrement());
                return () -> expectExitZero(box.run(spec));
            }, () -> boxes.forEach(Sandbox::close));
            System.out.printf(Locale.ROOT, "throughput: gavel runs/s = %.0f, bare runs/s = %.0f (%d workers)%n",
                    gavel, bare, workers);
        }
    }

    private double runsPerSecond(int workers, WorkerFactory factory, Runnable after) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(workers);
        try {
            long deadline = System.nanoTime() + throughputSeconds * 1_000_000_000L;
            List<Future<Long>> counts = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < workers; i++) {
                ThrowingRun run = factory.create();
                counts.add(executor.submit(() -> {
                    long n = 0;
                    while (System.nanoTime() < deadline) {
                        run.run();
                        n++;
                    }
                    return n;
                }));
            }
            long total = 0;
            for (Future<Long> f : counts) {
                total += f.get();
            }
            return total / ((System.nanoTime() - start) / 1e9);
        } finally {
            executor.shutdown();
            after.run();
        }
    }

    @FunctionalInterface
    interface ThrowingRun {
        void run() throws IOException, InterruptedException;
    }

    @FunctionalInterface
    interface WorkerFactory {
        ThrowingRun create();
    }
}
