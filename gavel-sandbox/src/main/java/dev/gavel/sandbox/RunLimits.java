package dev.gavel.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits of one run.
 *
 * @param cpuTime    CPU time of all processes and threads of the run together
 * @param wallTime   real time from exec until the last process is gone
 * @param memory     memory of the run's cgroup (heap, stack, page cache of tmpfs files), peak reported
 * @param processes  processes and threads alive at once (pids cgroup)
 * @param openFiles  open file descriptors per process (RLIMIT_NOFILE)
 * @param fileSize   largest file the program may write (RLIMIT_FSIZE)
 * @param outputSize most bytes kept of each of stdout and stderr; more ends the run
 * @param stack      stack size (RLIMIT_STACK)
 */
public record RunLimits(Duration cpuTime, Duration wallTime, ByteSize memory, int processes, int openFiles,
                        ByteSize fileSize, ByteSize outputSize, ByteSize stack) {

    public RunLimits {
        Objects.requireNonNull(cpuTime, "cpuTime");
        Objects.requireNonNull(wallTime, "wallTime");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(fileSize, "fileSize");
        Objects.requireNonNull(outputSize, "outputSize");
        Objects.requireNonNull(stack, "stack");
        if (cpuTime.isNegative() || cpuTime.isZero()) throw new IllegalArgumentException("cpuTime must be positive");
        if (wallTime.isNegative() || wallTime.isZero()) throw new IllegalArgumentException("wallTime must be positive");
        if (processes < 1) throw new IllegalArgumentException("processes must be at least 1");
        if (openFiles < 4) throw new IllegalArgumentException("openFiles must be at least 4");
    }

    /** Sensible defaults for a contest program: 1 s CPU, 3 s wall, 256 MiB, 1 process. */
    public static RunLimits defaults() {
        return new RunLimits(Duration.ofSeconds(1), Duration.ofSeconds(3), ByteSize.ofMiB(256), 1, 64,
                ByteSize.ofMiB(64), ByteSize.ofMiB(64), ByteSize.ofMiB(256));
    }

    public RunLimits withCpuTime(Duration d) {
        return new RunLimits(d, wallTime, memory, processes, openFiles, fileSize, outputSize, stack);
    }

    public RunLimits withWallTime(Duration d) {
        return new RunLimits(cpuTime, d, memory, processes, openFiles, fileSize, outputSize, stack);
    }

    public RunLimits withMemory(ByteSize m) {
        return new RunLimits(cpuTime, wallTime, m, processes, openFiles, fileSize, outputSize, stack);
    }

    public RunLimits withProcesses(int p) {
        return new RunLimits(cpuTime, wallTime, memory, p, openFiles, fileSize, outputSize, stack);
    }

    public RunLimits withOpenFiles(int n) {
        return new RunLimits(cpuTime, wallTime, memory, processes, n, fileSize, outputSize, stack);
    }

    public RunLimits withFileSize(ByteSize s) {
        return new RunLimits(cpuTime, wallTime, memory, processes, openFiles, s, outputSize, stack);
    }

    public RunLimits withOutputSize(ByteSize s) {
        return new RunLimits(cpuTime, wallTime, memory, processes, openFiles, fileSize, s, stack);
    }

    public RunLimits withStack(ByteSize s) {
        return new RunLimits(cpuTime, wallTime, memory, processes, openFiles, fileSize, outputSize, s);
    }
}
