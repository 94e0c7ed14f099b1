package dev.gavel.sandbox;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One program to run in a {@link Sandbox}.
 *
 * <p>The work directory is a host directory; inside the sandbox it is {@code /box} and the program starts there.
 * Standard streams are host paths opened by the helper before the program starts, so the program needs no access
 * to them: {@code stdin} null means {@code /dev/null}; {@code stdout}/{@code stderr} null means discard. A path
 * that is a FIFO is handed to the program as it is (used to connect two runs, e.g. interactive problems);
 * otherwise output goes through the helper, which stops the run when {@link RunLimits#outputSize()} is passed.
 *
 * @param argv           program and arguments; argv[0] is looked up in PATH inside the sandbox
 * @param env            the complete environment (nothing is inherited); PATH defaults to the system one
 * @param workDir        host directory mounted writable at {@code /box}
 * @param stdin          host file to read standard input from, or null
 * @param stdout         host file for standard output, or null
 * @param stderr         host file for standard error, or null
 * @param stderrToStdout send standard error to the same place as standard output
 * @param limits         limits of this run
 */
public record RunSpec(List<String> argv, Map<String, String> env, Path workDir, Path stdin, Path stdout, Path stderr,
                      boolean stderrToStdout, RunLimits limits) {

    /** Where the work directory appears inside the sandbox. */
    public static final String BOX_DIR = "/box";

    public RunSpec {
        argv = List.copyOf(argv);
        env = Map.copyOf(env);
        Objects.requireNonNull(workDir, "workDir");
        Objects.requireNonNull(limits, "limits");
        if (argv.isEmpty()) throw new IllegalArgumentException("argv is empty");
    }

    public static RunSpec of(List<String> argv, Path workDir, RunLimits limits) {
        return new RunSpec(argv, Map.of(), workDir, null, null, null, false, limits);
    }

    public RunSpec withStdin(Path p) {
        return new RunSpec(argv, env, workDir, p, stdout, stderr, stderrToStdout, limits);
    }

    public RunSpec withStdout(Path p) {
        return new RunSpec(argv, env, workDir, stdin, p, stderr, stderrToStdout, limits);
    }

    public RunSpec withStderr(Path p) {
        return new RunSpec(argv, env, workDir, stdin, stdout, p, stderrToStdout, limits);
    }

    public RunSpec withEnv(Map<String, String> e) {
        return new RunSpec(argv, e, workDir, stdin, stdout, stderr, stderrToStdout, limits);
    }

    public RunSpec withLimits(RunLimits l) {
        return new RunSpec(argv, env, workDir, stdin, stdout, stderr, stderrToStdout, l);
    }

    public RunSpec withStderrToStdout(boolean merge) {
        return new RunSpec(argv, env, workDir, stdin, stdout, stderr, merge, limits);
    }
}
