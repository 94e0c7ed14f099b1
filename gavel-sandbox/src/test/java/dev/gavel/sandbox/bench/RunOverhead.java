package dev.gavel.sandbox.bench;

import dev.gavel.sandbox.RunLimits;
import dev.gavel.sandbox.RunOutcome;
import dev.gavel.sandbox.RunSpec;
import dev.gavel.sandbox.Sandbox;
import dev.gavel.sandbox.SandboxPool;
import dev.gavel.sandbox.Sandboxes;
import dev.gavel.sandbox.box.HelperBinary;
import dev.gavel.sandbox.BoxConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Per-run cost of the sandbox for a static C program that exits 0: many runs through one warm helper, against
 * {@code ProcessBuilder} with no isolation at all and against a one-shot {@code gavel-box} per run (namespaces and root
 * set up every time).
 *
 * <pre>
 * mvn -pl gavel-sandbox test-compile
 * java -cp gavel-sandbox/target/classes:gavel-sandbox/target/test-classes dev.gavel.sandbox.bench.RunOverhead [runs]
 * </pre>
 */
public final class RunOverhead {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Path dir = Files.createTempDirectory("gavel-bench");
        Path src = Files.writeString(dir.resolve("exit0.c"), "int main(void) { return 0; }\n");
        Path bin = dir.resolve("exit0");
        if (new ProcessBuilder("gcc", "-O2", "-static", "-o", bin.toString(), src.toString()).inheritIO().start().waitFor() != 0) {
            throw new IllegalStateException("gcc -static failed");
        }
        Path work = Files.createDirectory(dir.resolve("work"));
        Files.copy(bin, work.resolve("exit0"));

        double plain = perRunMs(runs, () -> {
            Process p = new ProcessBuilder(bin.toString()).start();
            if (p.waitFor() != 0) throw new IllegalStateException();
        });

        RunSpec spec = RunSpec.of(List.of("./exit0"), work, RunLimits.defaults());
        double pooled;
        try (SandboxPool pool = Sandboxes.pool(1); Sandbox box = pool.acquire()) {
            pooled = perRunMs(runs, () -> {
                RunOutcome o = box.run(spec);
                if (!(o instanceof RunOutcome.Exited e) || e.exitCode() != 0) throw new IllegalStateException(o.toString());
            });
        }

        String helper = HelperBinary.locate(BoxConfig.defaults()).toString();
        double oneShot = perRunMs(Math.max(20, runs / 10), () -> {
            Process p = new ProcessBuilder(helper, "--workdir=" + work, "--", "./exit0")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor() != 0) throw new IllegalStateException();
        });

        System.out.printf("runs: %d of a static C program that exits 0 (%d cores, load %s)%n", runs,
                Runtime.getRuntime().availableProcessors(), Files.readString(Path.of("/proc/loadavg")).strip());
        System.out.printf("  ProcessBuilder, no isolation      %7.2f ms/run  (baseline)%n", plain);
        System.out.printf("  gavel-box, one warm helper        %7.2f ms/run  (+%.2f ms)%n", pooled, pooled - plain);
        System.out.printf("  gavel-box one-shot per run        %7.2f ms/run  (+%.2f ms)%n", oneShot, oneShot - plain);
    }

    interface Step {
        void run() throws Exception;
    }

    private static double perRunMs(int runs, Step step) throws Exception {
        for (int i = 0; i < Math.min(50, runs / 5); i++) step.run();
        long t0 = System.nanoTime();
        for (int i = 0; i < runs; i++) step.run();
        return (System.nanoTime() - t0) / 1e6 / runs;
    }
}
