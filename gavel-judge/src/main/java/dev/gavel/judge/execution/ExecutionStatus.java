package dev.gavel.judge.execution;

/**
 * How an execution ended, in neutral terms: what happened, not a verdict against an expected output (that is
 * {@link ExecutionResult#outputMatches}) and not any API's status numbers.
 */
public sealed interface ExecutionStatus {

    /** The program ran to its end by itself, within the limits, and exited with this code (0 or not). */
    record Exited(int exitCode) implements ExecutionStatus {
    }

    /** The program was ended by a signal of its own doing (e.g. 11 SIGSEGV, 8 SIGFPE, 6 SIGABRT, 25 SIGXFSZ). */
    record Signalled(int signal) implements ExecutionStatus {
    }

    /**
     * The program used more CPU time than its limit (whether it was stopped at limit + extra time or ended by itself
     * before that), or was stopped at the wall time limit.
     */
    record TimeLimit(Kind kind) implements ExecutionStatus {
        public enum Kind { CPU, WALL }
    }

    /** The memory limit ended the program, or its runtime reported running out of memory within it. */
    record MemoryLimit() implements ExecutionStatus {
    }

    /** stdout or stderr passed the maximum file size; the program was stopped and the output cut there. */
    record OutputLimit() implements ExecutionStatus {
    }

    /** The source did not compile; {@link ExecutionResult#compileOutput()} says why. Nothing ran. */
    record CompileError() implements ExecutionStatus {
    }

    /**
     * The compiled program could not be executed at all (e.g. "Exec format error" of a binary that compiler options
     * made into something else).
     */
    record CannotExecute(String reason) implements ExecutionStatus {
    }

    /** The judge failed (toolchain missing, sandbox fault, I/O error); never the program's doing. */
    record InternalError(String reason) implements ExecutionStatus {
    }
}
