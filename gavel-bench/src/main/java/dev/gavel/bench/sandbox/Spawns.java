package dev.gavel.bench.sandbox;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The two baselines: a bare spawn from Java, and bubblewrap with isolation comparable to gavel-box's. */
final class Spawns {

    private static final File DEV_NULL = new File("/dev/null");

    private Spawns() {
    }

    static void bare(Path program) throws IOException, InterruptedException {
        run(List.of(program.toString()));
    }

    /**
     * New user, pid, net, ipc, uts and cgroup namespaces, a read-only /usr, fresh /proc, /dev and /tmp, and the work
     * directory writable at /box. bubblewrap sets no cgroup limits and here loads no seccomp filter (it takes one
     * only as a compiled BPF program on a file descriptor); both would only add to its time.
     */
    static void bubblewrap(Path program) throws IOException, InterruptedException {
        run(List.of("bwrap", "--unshare-all", "--die-with-parent", "--new-session", "--clearenv",
                "--ro-bind", "/usr", "/usr", "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64",
                "--symlink", "usr/bin", "/bin", "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp",
                "--bind", program.getParent().toString(), "/box", "--chdir", "/box",
                "./" + program.getFileName()));
    }

    private static void run(List<String> argv) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(argv)
                .redirectInput(DEV_NULL)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int code = p.waitFor();
        if (code != 0) {
            throw new IllegalStateException(argv.get(0) + " exited with " + code + " running " + argv);
        }
    }
}
