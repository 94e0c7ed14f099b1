package dev.gavel.sandbox;

import java.time.Duration;
import java.util.Map;

/**
 * What one run used.
 *
 * @param cpuTime          CPU time of all processes and threads of the run
 * @param wallTime         real time from start to the end of the last process
 * @param peakMemory       peak memory of the run's cgroup
 * @param oomKilled        the kernel's OOM killer fired in the run's cgroup
 * @param outputTruncated  stdout or stderr passed the output limit and was cut
 * @param deniedSyscalls   system calls the seccomp filter refused, by name, with how often each was tried
 */
public record RunUsage(Duration cpuTime, Duration wallTime, ByteSize peakMemory, boolean oomKilled,
                       boolean outputTruncated, Map<String, Integer> deniedSyscalls) {

    public RunUsage {
        deniedSyscalls = Map.copyOf(deniedSyscalls);
    }

    public static RunUsage none() {
        return new RunUsage(Duration.ZERO, Duration.ZERO, ByteSize.ZERO, false, false, Map.of());
    }
}
