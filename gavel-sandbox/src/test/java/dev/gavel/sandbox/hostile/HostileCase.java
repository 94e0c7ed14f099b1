package dev.gavel.sandbox.hostile;

import dev.gavel.sandbox.ByteSize;
import dev.gavel.sandbox.RunLimits;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * One hostile program, read from {@code hostile/<name>/case.properties}:
 * <pre>
 * build=gcc -O2 -o prog main.c        optional; compiled inside the sandbox first
 * run=./prog                          what the program runs (split on spaces)
 * phase=build                         the expectations are about the build itself (compile bombs)
 * limits.cpu-ms= wall-ms= mem-mib= procs= output-kib= fsize-kib= nofile=   of the judged step
 * expect.status=a|b                   one of these statuses
 * expect.exit=N|nonzero  expect.signal=N  expect.success=false (anything but exit code 0)
 * expect.denied=ptrace,mount          each counted at least once
 * expect.stdout.contains=a|b          each present        expect.stdout.excludes=a|b   none present
 * expect.stdout.size=N                exact byte count    expect.stdout.sha256=HEX     exact bytes    expect.file.absent=core,x    not left in the work dir
 * </pre>
 */
record HostileCase(String name, Path dir, Properties p) {

    static HostileCase load(Path dir) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve("case.properties"))) {
            p.load(r);
        }
        return new HostileCase(dir.getFileName().toString(), dir, p);
    }

    String get(String key) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? null : v.strip();
    }

    List<String> list(String key, String sep) {
        String v = get(key);
        return v == null ? List.of() : Arrays.stream(v.split(sep)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    List<String> argv(String key) {
        return list(key, "\\s+");
    }

    boolean judgesBuild() {
        return "build".equals(get("phase"));
    }

    /** Limits of a compile step that is not itself under test: generous. */
    static RunLimits buildLimits() {
        return RunLimits.defaults().withCpuTime(Duration.ofSeconds(20)).withWallTime(Duration.ofSeconds(40))
                .withMemory(ByteSize.ofMiB(768)).withProcesses(16).withOutputSize(ByteSize.ofKiB(256));
    }

    /** Limits of the judged step: small defaults, overridden by {@code limits.*}. */
    RunLimits judgedLimits() {
        RunLimits l = judgesBuild() ? buildLimits().withCpuTime(Duration.ofSeconds(3)).withWallTime(Duration.ofSeconds(6))
                : RunLimits.defaults().withMemory(ByteSize.ofMiB(64)).withProcesses(8).withOutputSize(ByteSize.ofKiB(64))
                        .withFileSize(ByteSize.ofMiB(1)).withStack(ByteSize.ofMiB(8));
        if (get("limits.cpu-ms") != null) l = l.withCpuTime(Duration.ofMillis(Long.parseLong(get("limits.cpu-ms"))));
        if (get("limits.wall-ms") != null) l = l.withWallTime(Duration.ofMillis(Long.parseLong(get("limits.wall-ms"))));
        if (get("limits.mem-mib") != null) l = l.withMemory(ByteSize.ofMiB(Long.parseLong(get("limits.mem-mib"))));
        if (get("limits.procs") != null) l = l.withProcesses(Integer.parseInt(get("limits.procs")));
        if (get("limits.output-kib") != null) l = l.withOutputSize(ByteSize.ofKiB(Long.parseLong(get("limits.output-kib"))));
        if (get("limits.fsize-kib") != null) l = l.withFileSize(ByteSize.ofKiB(Long.parseLong(get("limits.fsize-kib"))));
        if (get("limits.nofile") != null) l = l.withOpenFiles(Integer.parseInt(get("limits.nofile")));
        if (get("limits.stack-mib") != null) l = l.withStack(ByteSize.ofMiB(Long.parseLong(get("limits.stack-mib"))));
        return l;
    }

    @Override
    public String toString() {
        return name;
    }
}
