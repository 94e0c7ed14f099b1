package dev.gavel.sandbox.box;

import dev.gavel.sandbox.RunLimits;
import dev.gavel.sandbox.RunSpec;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A {@link RunSpec} in the helper's option syntax: the same arguments as a one-shot command line. */
final class Request {

    private Request() {
    }

    static List<String> args(RunSpec spec) {
        List<String> a = new ArrayList<>();
        a.add("--workdir=" + spec.workDir().toAbsolutePath());
        path(a, "--stdin=", spec.stdin());
        path(a, "--stdout=", spec.stdout());
        path(a, "--stderr=", spec.stderrToStdout() ? null : spec.stderr());
        if (spec.stderrToStdout()) a.add("--stderr-to-stdout");
        RunLimits l = spec.limits();
        a.add("--cpu-ms=" + Math.max(1, l.cpuTime().toMillis()));
        a.add("--wall-ms=" + Math.max(1, l.wallTime().toMillis()));
        a.add("--mem-kib=" + Math.max(64, l.memory().kib()));
        a.add("--procs=" + l.processes());
        a.add("--nofile=" + l.openFiles());
        a.add("--fsize-kib=" + l.fileSize().kib());
        a.add("--output-kib=" + l.outputSize().kib());
        a.add("--stack-kib=" + Math.max(64, l.stack().kib()));
        for (Map.Entry<String, String> e : spec.env().entrySet()) {
            if (e.getKey().isEmpty() || e.getKey().indexOf('=') >= 0) {
                throw new IllegalArgumentException("bad environment variable name: '" + e.getKey() + "'");
            }
            a.add("--env=" + e.getKey() + "=" + e.getValue());
        }
        a.add("--");
        a.addAll(spec.argv());
        for (String s : a) {
            if (s.indexOf('\0') >= 0) throw new IllegalArgumentException("NUL in an argument: " + s.replace('\0', '?'));
        }
        return a;
    }

    private static void path(List<String> a, String option, Path p) {
        if (p != null) a.add(option + p.toAbsolutePath());
    }

    /** NUL-terminated arguments, then an empty argument. */
    static byte[] encode(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String s : args) {
            out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            out.write(0);
        }
        out.write(0);
        return out.toByteArray();
    }
}
