package dev.gavel.judge.execution;

import dev.gavel.sandbox.ByteSize;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits of one execution, as a Judge0 submission gives them.
 *
 * @param cpuTime      CPU time the program may use; more is a time limit, however the run ended
 * @param cpuExtraTime CPU time past {@code cpuTime} before the program is stopped, so that the time reported of a
 *                     program slightly over the limit is its real one (Judge0's {@code cpu_extra_time}); may be zero
 * @param wallTime     real time after which the program is stopped
 * @param memory       memory of the whole run (all processes)
 * @param stack        stack size of each process
 * @param processes    processes and threads alive at once
 * @param maxFileSize  largest file the program may write, and the most bytes kept of each of stdout and stderr
 *                     (more ends the run)
 */
public record ExecutionLimits(Duration cpuTime, Duration cpuExtraTime, Duration wallTime, ByteSize memory,
                              ByteSize stack, int processes, ByteSize maxFileSize) {

    /** The sandbox counts output in whole KiB. */
    static final ByteSize MIN_FILE_SIZE = ByteSize.ofKiB(1);

    public ExecutionLimits {
        Objects.requireNonNull(cpuTime, "cpuTime");
        Objects.requireNonNull(cpuExtraTime, "cpuExtraTime");
        Objects.requireNonNull(wallTime, "wallTime");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(maxFileSize, "maxFileSize");
        if (cpuTime.isNegative() || cpuTime.isZero()) {
            throw new IllegalArgumentException("cpu time limit must be positive, not " + cpuTime);
        }
        if (cpuExtraTime.isNegative()) {
            throw new IllegalArgumentException("extra cpu time cannot be negative: " + cpuExtraTime);
        }
        if (wallTime.isNegative() || wallTime.isZero()) {
            throw new IllegalArgumentException("wall time limit must be positive, not " + wallTime);
        }
        if (memory.bytes() == 0) throw new IllegalArgumentException("memory limit must be positive");
        if (stack.bytes() == 0) throw new IllegalArgumentException("stack limit must be positive");
        if (processes < 1) {
            throw new IllegalArgumentException("max processes must be at least 1, not " + processes);
        }
        if (maxFileSize.compareTo(MIN_FILE_SIZE) < 0) {
            throw new IllegalArgumentException("max file size must be at least 1 KiB, not " + maxFileSize.bytes()
                    + " bytes");
        }
    }

    /** Judge0's default configuration: 2 s CPU + 0.5 s extra, 5 s wall, 128000 KiB memory, 64000 KiB stack, 60 processes, 1024 KiB files. */
    public static ExecutionLimits judge0Defaults() {
        return new ExecutionLimits(Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofSeconds(5),
                ByteSize.ofKiB(128000), ByteSize.ofKiB(64000), 60, ByteSize.ofKiB(1024));
    }

    /** The CPU time at which the sandbox stops the program. */
    public Duration stopAt() {
        return cpuTime.plus(cpuExtraTime);
    }

    public ExecutionLimits withCpuTime(Duration d) {
        return new ExecutionLimits(d, cpuExtraTime, wallTime, memory, stack, processes, maxFileSize);
    }

    public ExecutionLimits withCpuExtraTime(Duration d) {
        return new ExecutionLimits(cpuTime, d, wallTime, memory, stack, processes, maxFileSize);
    }

    public ExecutionLimits withWallTime(Duration d) {
        return new ExecutionLimits(cpuTime, cpuExtraTime, d, memory, stack, processes, maxFileSize);
    }

    public ExecutionLimits withMemory(ByteSize m) {
        return new ExecutionLimits(cpuTime, cpuExtraTime, wallTime, m, stack, processes, maxFileSize);
    }

    public ExecutionLimits withStack(ByteSize s) {
        return new ExecutionLimits(cpuTime, cpuExtraTime, wallTime, memory, s, processes, maxFileSize);
    }

    public ExecutionLimits withProcesses(int p) {
        return new ExecutionLimits(cpuTime, cpuExtraTime, wallTime, memory, stack, p, maxFileSize);
    }

    public ExecutionLimits withMaxFileSize(ByteSize s) {
        return new ExecutionLimits(cpuTime, cpuExtraTime, wallTime, memory, stack, processes, s);
    }
}
