package dev.gavel.judge.language;

/** How compiling a submission ended. */
public sealed interface CompileOutcome {

    /** Ready to run; {@code output} is what the compiler printed (warnings), possibly empty. */
    record Compiled(Executable executable, String output, boolean cached) implements CompileOutcome {
    }

    /** The sources did not compile: the user's fault, with the compiler's (truncated) output. */
    record CompileError(String output) implements CompileOutcome {
    }

    /** The judge could not compile (toolchain missing, sandbox fault): never the user's fault. */
    record CompileFault(String reason) implements CompileOutcome {
    }
}
