package dev.gavel.sandbox;

/**
 * How one run ended. Exactly one of these, always with the {@link RunUsage} measured.
 *
 * <p>The program's own ending ({@link Exited}, {@link Signalled}), a limit that ended it ({@link TimeLimit},
 * {@link MemoryLimit}, {@link OutputLimit}), a program that could not be started at all ({@link NotStarted}) and a
 * fault of the sandbox itself ({@link SandboxFault}) never mix: a sandbox fault is never the program's doing.
 */
public sealed interface RunOutcome {

    RunUsage usage();

    /** The program exited by itself with this code. */
    record Exited(int exitCode, RunUsage usage) implements RunOutcome {
    }

    /**
     * The program could not be executed at all (not found, not executable, a bad interpreter line): what the caller
     * asked to run is not there. Neither the program's doing nor a fault of the sandbox.
     */
    record NotStarted(String reason, RunUsage usage) implements RunOutcome {
    }

    /** The program was ended by a signal that no limit of ours sent (e.g. SIGSEGV, SIGABRT, SIGXFSZ). */
    record Signalled(int signal, RunUsage usage) implements RunOutcome {
    }

    /** The CPU or wall time limit ended the run. */
    record TimeLimit(Kind kind, RunUsage usage) implements RunOutcome {
        public enum Kind { CPU, WALL }
    }

    /** The memory limit ended the run (OOM kill in the run's cgroup, or the peak reached the limit). */
    record MemoryLimit(RunUsage usage) implements RunOutcome {
    }

    /** stdout or stderr passed the output limit; the run was stopped and the output cut. */
    record OutputLimit(RunUsage usage) implements RunOutcome {
    }

    /** The sandbox could not do its job; nothing here is the program's fault. */
    record SandboxFault(String reason, RunUsage usage) implements RunOutcome {
    }
}
