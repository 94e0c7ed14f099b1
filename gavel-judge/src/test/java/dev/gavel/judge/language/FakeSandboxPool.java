package dev.gavel.judge.language;

import dev.gavel.sandbox.RunOutcome;
import dev.gavel.sandbox.RunSpec;
import dev.gavel.sandbox.RunUsage;
import dev.gavel.sandbox.Sandbox;
import dev.gavel.sandbox.SandboxPool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A pool whose sandboxes run a pretend compiler {@code toyc} on the host: it concatenates its source arguments
 * into {@code ./main}, prints "toyc: ok" (plus {@code noise} bytes), and fails on a source containing "ERROR".
 * Every run is recorded, so tests can tell whether the compiler ran.
 */
final class FakeSandboxPool implements SandboxPool {

    final List<RunSpec> runs = new CopyOnWriteArrayList<>();
    volatile int noise;
    volatile boolean fault;
    /** The compiler {@code toyc} is not installed: its runs cannot be started. */
    volatile boolean compilerMissing;
    /** When set, {@code toyc} is ended by this signal. */
    volatile Integer compilerSignal;

    /** What a run of anything but {@code toyc} does (the compiled program). */
    volatile java.util.function.Function<RunSpec, RunOutcome> program =
            spec -> new RunOutcome.Exited(0, RunUsage.none());

    @Override
    public Sandbox acquire() {
        return new Sandbox() {
            @Override
            public RunOutcome run(RunSpec spec) {
                runs.add(spec);
                if (fault) {
                    return new RunOutcome.SandboxFault("helper died", RunUsage.none());
                }
                if (compilerMissing && spec.argv().get(0).equals("toyc")) {
                    return new RunOutcome.NotStarted("toyc: No such file or directory", RunUsage.none());
                }
                if (!spec.argv().get(0).equals("toyc")) {
                    return program.apply(spec);
                }
                if (compilerSignal != null) {
                    return new RunOutcome.Signalled(compilerSignal, RunUsage.none());
                }
                try {
                    StringBuilder program = new StringBuilder();
                    for (String arg : spec.argv().subList(1, spec.argv().size())) {
                        Path f = spec.workDir().resolve(arg);
                        if (!arg.startsWith("-") && Files.isRegularFile(f)) {
                            String text = Files.readString(f);
                            if (text.contains("ERROR")) {
                                Files.writeString(spec.stdout(), arg + ":1: error: ERROR found\n");
                                return new RunOutcome.Exited(1, RunUsage.none());
                            }
                            program.append(text);
                        }
                    }
                    Files.writeString(spec.workDir().resolve("main"), program);
                    Files.writeString(spec.stdout(), "toyc: ok\n" + "x".repeat(noise));
                    return new RunOutcome.Exited(0, RunUsage.none());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public void close() {
    }
}
