package dev.gavel.sandbox.box;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.sandbox.BoxConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The helper's cgroup v2 code against a tree of plain files laid out like cgroupfs: what it writes (controllers
 * enabled down the subtree, limits) and how it parses what the kernel would report (cpu.stat, memory.peak,
 * memory.events, cgroup.procs). This machine has no usable v2, so this is how v2 is tested here.
 */
class CgroupV2ProtocolTest {

    @TempDir
    Path root;

    private void file(String rel, String content) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    private String read(String rel) throws IOException {
        return Files.readString(root.resolve(rel));
    }

    private record Result(int exit, String out) {
    }

    private Result selftest(String... extra) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(HelperBinary.locate(BoxConfig.defaults()).toString(),
                "--cgroup-selftest", "--cgroup-root=" + root));
        cmd.addAll(List.of(extra));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }

    @Test
    void writesLimitsAndParsesUsage() throws Exception {
        file("cgroup.controllers", "cpuset cpu io memory hugetlb pids rdma misc\n");
        file("cgroup.subtree_control", "");
        file("gavel/cgroup.subtree_control", "");
        file("gavel/box-selftest/cgroup.subtree_control", "");
        String run = "gavel/box-selftest/run-1/";
        for (String f : List.of("memory.max", "memory.swap.max", "memory.oom.group", "pids.max", "cgroup.kill")) {
            file(run + f, "");
        }
        file(run + "cgroup.procs", "12\n34\n");
        file(run + "cpu.stat", "usage_usec 1500\nuser_usec 1000\nsystem_usec 500\n");
        file(run + "memory.peak", "4194304\n");
        file(run + "memory.events", "low 0\nhigh 0\nmax 3\noom 1\noom_kill 2\noom_group_kill 0\n");

        Result r = selftest("--cgroup-version=2");
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("probe:ok v2"), r.out());
        assertTrue(r.out().contains("pids:12,34\n"), r.out());
        assertTrue(r.out().contains("cpu-ns:1500000\n"), r.out());
        assertTrue(r.out().contains("peak-bytes:4194304\n"), r.out());
        assertTrue(r.out().contains("oom-kills:2\n"), r.out());

        assertEquals("+memory +pids +cpu", read("cgroup.subtree_control"));
        assertEquals("+memory +pids +cpu", read("gavel/cgroup.subtree_control"));
        assertEquals("+memory +pids +cpu", read("gavel/box-selftest/cgroup.subtree_control"));
        assertEquals("67108864", read(run + "memory.max"));
        assertEquals("0", read(run + "memory.swap.max"));
        assertEquals("1", read(run + "memory.oom.group"));
        assertEquals("7", read(run + "pids.max"));
        assertEquals("1", read(run + "cgroup.kill"));
    }

    @Test
    void alreadyEnabledControllersAreLeftAlone() throws Exception {
        file("cgroup.controllers", "cpu memory pids\n");
        file("cgroup.subtree_control", "cpu memory pids\n");
        file("gavel/cgroup.subtree_control", "cpu memory pids\n");
        file("gavel/box-selftest/cgroup.subtree_control", "memory pids cpu\n");
        Result r = selftest("--cgroup-version=2");
        assertTrue(r.out().contains("prepare:ok"), r.out());
        assertEquals("cpu memory pids\n", read("cgroup.subtree_control"));
    }

    @Test
    void missingControllersAreNamed() throws Exception {
        file("cgroup.controllers", "cpu io\n");
        Result r = selftest("--cgroup-version=2");
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.out().contains("memory, pids"), r.out());
    }

    @Test
    void noCgroupsAtAllIsAClearFault() throws Exception {
        Result r = selftest();
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.out().contains("v2: no cgroup2"), r.out());
        assertTrue(r.out().contains("v1: no memory, pids, cpuacct hierarchy"), r.out());
    }
}
