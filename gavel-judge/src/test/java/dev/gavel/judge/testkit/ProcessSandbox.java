package dev.gavel.judge.testkit;

import dev.gavel.sandbox.ByteSize;
import dev.gavel.sandbox.RunOutcome;
import dev.gavel.sandbox.RunSpec;
import dev.gavel.sandbox.RunUsage;
import dev.gavel.sandbox.Sandbox;
import dev.gavel.sandbox.SandboxPool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for the real sandbox in unit tests: runs the program as a plain host process with the work directory as
 * its current directory and {@code /box} in arguments rewritten to it. No isolation; the CPU limit is enforced on wall
 * time (good enough for a program that loops), memory through the address space ({@code prlimit --as}), output
 * only measured after the run. Exit codes above 128 are read as signals, the
 * way a shell reports them.
 */
public final class ProcessSandbox implements Sandbox, SandboxPool {

    @Override
    public Sandbox acquire() {
        return new ProcessSandbox();
    }

    @Override
    public RunOutcome run(RunSpec spec) {
        List<String> argv = new ArrayList<>();
        String box = spec.workDir().toAbsolutePath().toString();
        for (String a : spec.argv()) {
            argv.add(a.startsWith(RunSpec.BOX_DIR + "/") || a.equals(RunSpec.BOX_DIR)
                    ? box + a.substring(RunSpec.BOX_DIR.length()) : a);
        }
        if (Files.isExecutable(Path.of("/usr/bin/prlimit"))) {
            // address space as a stand-in for the cgroup memory limit: enough for a Python MemoryError
            long as = spec.limits().memory().bytes() + (64L << 20);
            argv.addAll(0, List.of("/usr/bin/prlimit", "--as=" + as, "--"));
        }
        ProcessBuilder pb = new ProcessBuilder(argv).directory(spec.workDir().toFile());
        Map<String, String> env = pb.environment();
        env.clear();
        env.put("PATH", System.getenv("PATH"));
        env.putAll(spec.env());
        pb.redirectInput(spec.stdin() == null ? ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())
                : ProcessBuilder.Redirect.from(spec.stdin().toFile()));
        pb.redirectOutput(spec.stdout() == null ? ProcessBuilder.Redirect.DISCARD
                : ProcessBuilder.Redirect.to(spec.stdout().toFile()));
        if (spec.stderrToStdout()) {
            pb.redirectErrorStream(true);
        } else {
            pb.redirectError(spec.stderr() == null ? ProcessBuilder.Redirect.DISCARD
                    : ProcessBuilder.Redirect.to(spec.stderr().toFile()));
        }
        long start = System.nanoTime();
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return new RunOutcome.SandboxFault("cannot start " + argv + ": " + e.getMessage(), RunUsage.none());
        }
        try {
            long cpuMs = spec.limits().cpuTime().toMillis();
            boolean ended = p.waitFor(cpuMs + 50, TimeUnit.MILLISECONDS);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            if (!ended) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor();
                return new RunOutcome.TimeLimit(RunOutcome.TimeLimit.Kind.CPU, usage(elapsed, false));
            }
            int code = p.exitValue();
            boolean truncated = spec.stdout() != null && Files.isRegularFile(spec.stdout())
                    && Files.size(spec.stdout()) > spec.limits().outputSize().bytes();
            if (truncated) Files.write(spec.stdout(), new byte[0]);
            if (truncated) return new RunOutcome.OutputLimit(usage(elapsed, true));
            if (code > 128) return new RunOutcome.Signalled(code - 128, usage(elapsed, false));
            return new RunOutcome.Exited(code, usage(elapsed, false));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return new RunOutcome.SandboxFault("interrupted", RunUsage.none());
        } catch (IOException e) {
            return new RunOutcome.SandboxFault(e.getMessage(), RunUsage.none());
        }
    }

    private static RunUsage usage(Duration elapsed, boolean truncated) {
        return new RunUsage(elapsed, elapsed, ByteSize.ofMiB(1), false, truncated, Map.of());
    }

    @Override
    public void close() {
    }
}
