package dev.gavel.judge.language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The version of each language's toolchain: the first non-empty line its version argv prints (stdout and stderr),
 * run on the host with the language's environment; the toolchain paths are the same inside the sandbox. Absent when
 * the command cannot run or fails: the toolchain is not installed. Asked once per language per process.
 */
public final class ToolchainVersions {

    private static final ToolchainVersions SHARED = new ToolchainVersions();
    private static final long TIMEOUT_SECONDS = 30;

    private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();

    /** The instance shared by the compiler and the verifier of this process. */
    public static ToolchainVersions shared() {
        return SHARED;
    }

    public Optional<String> of(Language language) {
        return cache.computeIfAbsent(language.id(), id -> probe(language));
    }

    private static Optional<String> probe(Language language) {
        ProcessBuilder pb = new ProcessBuilder(language.version()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().clear();
        pb.environment().putAll(Environments.of(language));
        pb.directory(new java.io.File(System.getProperty("java.io.tmpdir")));
        try {
            Process p = pb.start();
            byte[] out = p.getInputStream().readNBytes(64 * 1024);
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            if (p.exitValue() != 0) {
                return Optional.empty();
            }
            for (String line : new String(out, StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    return Optional.of(line.strip());
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
