package dev.gavel.judge.language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of each language's toolchain: the first non-empty line its version argv prints (stdout and stderr),
 * run on the host with the language's environment; the toolchain paths are the same inside the sandbox. Absent when
 * the command cannot run or fails: the toolchain is not installed. Asked once per language per process.
 */
public final class ToolchainVersions {

    private static final ToolchainVersions SHARED = new ToolchainVersions();
    private static final long TIMEOUT_SECONDS = 30;
    private static final Pattern DOTTED_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)+");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d+");

    private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();

    /** The instance shared by the compiler and the verifier of this process. */
    public static ToolchainVersions shared() {
        return SHARED;
    }

    /**
     * The version number in a toolchain's version line, for people ({@code openjdk version "17.0.15" 2025-04-15} →
     * {@code 17.0.15}, {@code Erlang/OTP 25} → {@code 25}); the whole line where it holds no number. The whole line
     * stays what identifies a toolchain (e.g. in the compile cache's key).
     */
    public static String number(String versionLine) {
        Matcher dotted = DOTTED_NUMBER.matcher(versionLine);
        if (dotted.find()) {
            return dotted.group();
        }
        Matcher plain = PLAIN_NUMBER.matcher(versionLine);
        return plain.find() ? plain.group() : versionLine;
    }

    public Optional<String> of(Language language) {
        return cache.computeIfAbsent(language.id(), id -> probe(language));
    }

    static String resolve(String program, String path) {
        if (program.contains("/") || path == null) {
            return program;
        }
        for (String dir : path.split(":")) {
            Path p = Path.of(dir, program);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return program;
    }

    private static Optional<String> probe(Language language) {
        Map<String, String> env = Environments.of(language);
        List<String> argv = new ArrayList<>(language.version());
        // Java looks the program up in its own PATH, not the child's: resolve it in the PATH a run gets.
        argv.set(0, resolve(argv.get(0), env.get("PATH")));
        ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().clear();
        pb.environment().putAll(env);
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
