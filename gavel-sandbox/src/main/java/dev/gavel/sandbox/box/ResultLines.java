package dev.gavel.sandbox.box;

import dev.gavel.sandbox.ByteSize;
import dev.gavel.sandbox.RunOutcome;
import dev.gavel.sandbox.RunUsage;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses exactly the result lines of gavel-box(1) into a {@link RunOutcome}; anything else is a protocol error. */
final class ResultLines {

    static final Set<String> REQUIRED = Set.of("status", "exit-code", "signal", "cpu-ms", "wall-ms", "mem-kib",
            "oom-killed", "output-truncated", "denied-syscalls");
    static final Set<String> OPTIONAL = Set.of("fault", "exec-error");

    /** The helper said something that is not the documented protocol. */
    static final class ProtocolException extends Exception {
        ProtocolException(String message) {
            super(message);
        }
    }

    private ResultLines() {
    }

    static RunOutcome parse(List<String> lines) throws ProtocolException {
        Map<String, String> kv = new LinkedHashMap<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon <= 0) throw new ProtocolException("not a key:value line: '" + line + "'");
            String key = line.substring(0, colon);
            if (!REQUIRED.contains(key) && !OPTIONAL.contains(key)) throw new ProtocolException("unknown key '" + key + "'");
            if (kv.put(key, line.substring(colon + 1)) != null) throw new ProtocolException("key '" + key + "' twice");
        }
        for (String k : REQUIRED) {
            if (!kv.containsKey(k)) throw new ProtocolException("missing key '" + k + "'");
        }
        RunUsage usage = new RunUsage(Duration.ofMillis(number(kv, "cpu-ms")), Duration.ofMillis(number(kv, "wall-ms")),
                ByteSize.ofKiB(number(kv, "mem-kib")), flag(kv, "oom-killed"), flag(kv, "output-truncated"),
                denied(kv.get("denied-syscalls")));
        int exitCode = (int) number(kv, "exit-code");
        int signal = (int) number(kv, "signal");
        return switch (kv.get("status")) {
            case "exited" -> kv.containsKey("exec-error")
                    ? new RunOutcome.NotStarted(kv.get("exec-error"), usage)
                    : new RunOutcome.Exited(exitCode, usage);
            case "signalled" -> new RunOutcome.Signalled(signal, usage);
            case "time-limit-cpu" -> new RunOutcome.TimeLimit(RunOutcome.TimeLimit.Kind.CPU, usage);
            case "time-limit-wall" -> new RunOutcome.TimeLimit(RunOutcome.TimeLimit.Kind.WALL, usage);
            case "memory-limit" -> new RunOutcome.MemoryLimit(usage);
            case "output-limit" -> new RunOutcome.OutputLimit(usage);
            case "fault" -> new RunOutcome.SandboxFault(kv.getOrDefault("fault", "unspecified"), usage);
            default -> throw new ProtocolException("unknown status '" + kv.get("status") + "'");
        };
    }

    private static long number(Map<String, String> kv, String key) throws ProtocolException {
        try {
            long v = Long.parseLong(kv.get(key));
            if (v < 0) throw new ProtocolException(key + " is negative");
            return v;
        } catch (NumberFormatException e) {
            throw new ProtocolException(key + " is not a number: '" + kv.get(key) + "'");
        }
    }

    private static boolean flag(Map<String, String> kv, String key) throws ProtocolException {
        return switch (kv.get(key)) {
            case "0" -> false;
            case "1" -> true;
            default -> throw new ProtocolException(key + " must be 0 or 1: '" + kv.get(key) + "'");
        };
    }

    static Map<String, Integer> denied(String text) throws ProtocolException {
        Map<String, Integer> m = new LinkedHashMap<>();
        if (text.isEmpty()) return m;
        for (String part : text.split(",")) {
            int eq = part.indexOf('=');
            try {
                if (eq <= 0) throw new NumberFormatException();
                m.merge(part.substring(0, eq), Integer.parseInt(part.substring(eq + 1)), Integer::sum);
            } catch (NumberFormatException e) {
                throw new ProtocolException("bad denied-syscalls entry '" + part + "'");
            }
        }
        return m;
    }
}
