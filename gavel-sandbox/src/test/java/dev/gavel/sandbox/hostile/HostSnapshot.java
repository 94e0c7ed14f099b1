package dev.gavel.sandbox.hostile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What of the host a hostile program could have changed: our mounts, the entries of {@code /}, a canary file in the
 * host's {@code /tmp}, processes running as the suite's box uids, and gavel cgroups whose helper is gone.
 */
record HostSnapshot(List<String> mounts, Set<String> rootEntries, Path canary, String canaryContent,
                    Set<String> deadHelperCgroups, int uidBase) {

    static final String CANARY = "gavel canary: a sandboxed program must never change this";
    static final List<Path> CGROUP_PARENTS = List.of(Path.of("/sys/fs/cgroup/memory/gavel"),
            Path.of("/sys/fs/cgroup/pids/gavel"), Path.of("/sys/fs/cgroup/cpuacct/gavel"),
            Path.of("/sys/fs/cgroup/unified/gavel"), Path.of("/sys/fs/cgroup/gavel"));

    static HostSnapshot take(int uidBase) throws IOException {
        Path canary = Path.of("/tmp/gavel-canary-" + ProcessHandle.current().pid());
        if (!Files.exists(canary)) Files.writeString(canary, CANARY);
        return new HostSnapshot(Files.readAllLines(Path.of("/proc/self/mounts")), list(Path.of("/")), canary,
                Files.readString(canary), findDeadHelperCgroups(), uidBase);
    }

    void removeCanary() throws IOException {
        Files.deleteIfExists(canary);
    }

    private static Set<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
        }
    }

    private static Set<String> findDeadHelperCgroups() throws IOException {
        Set<String> dead = new TreeSet<>();
        for (Path parent : CGROUP_PARENTS) {
            if (!Files.isDirectory(parent)) continue;
            for (String name : list(parent)) {
                if (!name.startsWith("box-")) continue;
                long pid = Long.parseLong(name.substring(4));
                if (ProcessHandle.of(pid).isEmpty()) dead.add(parent.resolve(name).toString());
            }
        }
        return dead;
    }

    private static List<String> boxProcesses(int uidBase) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("/proc"))) {
            for (Path p : s.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try {
                    for (String line : Files.readAllLines(p.resolve("status"))) {
                        if (line.startsWith("Uid:")) {
                            int uid = Integer.parseInt(line.split("\\s+")[1]);
                            if (uid >= uidBase && uid < uidBase + 100) found.add(p.getFileName() + " uid " + uid);
                        }
                    }
                } catch (IOException e) {
                    // gone meanwhile
                }
            }
        }
        return found;
    }

    List<String> differences(HostSnapshot after) throws IOException {
        List<String> problems = new ArrayList<>();
        if (!mounts.equals(after.mounts)) problems.add("host mounts changed: " + after.mounts);
        if (!rootEntries.equals(after.rootEntries)) problems.add("/ changed: " + rootEntries + " -> " + after.rootEntries);
        if (!Files.exists(canary) || !CANARY.equals(Files.readString(canary))) problems.add("canary " + canary + " changed");
        Set<String> leaked = new TreeSet<>(after.deadHelperCgroups);
        leaked.removeAll(deadHelperCgroups);
        if (!leaked.isEmpty()) problems.add("cgroups left behind: " + leaked);
        List<String> procs = boxProcesses(uidBase);
        if (!procs.isEmpty()) problems.add("processes of box uids still running: " + procs);
        return problems;
    }
}
