package dev.gavel.judge.language;

import dev.gavel.judge.Directories;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Compiled artifacts on disk, by a SHA-256 of everything that decides them: language id, toolchain version, the
 * compile (or check) argv, the user's compiler options, the entry point, and the sources (names and bytes).
 *
 * <p>Layout under the cache directory: {@code artifacts/<key>/} the read-only files after compiling,
 * {@code artifacts/<key>.json} the entry's metadata, written last (an entry without it is incomplete and ignored),
 * {@code work/} directories being compiled, {@code exec/} the private copies handed out as executables. An entry
 * is published by renaming its directory, so readers never see half an entry; two processes compiling the same
 * sources both succeed and one result is kept.
 */
final class CompileCache {

    /** Bumped when the layout or what goes into a key changes. */
    private static final String FORMAT = "gavel-compile-cache-1";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What is kept besides the files. */
    record Meta(String language, String version, String main, String mainClass, List<String> sources, String output) {
    }

    private final Path artifacts;
    private final Path work;
    private final Path exec;

    /** Work and executable directories older than this are left over from a process that ended; they are removed. */
    private static final java.time.Duration LEFTOVER_AGE = java.time.Duration.ofDays(1);

    CompileCache(Path root) throws IOException {
        this.artifacts = Files.createDirectories(root.resolve("artifacts"));
        this.work = Files.createDirectories(root.resolve("work"));
        this.exec = Files.createDirectories(root.resolve("exec"));
        sweep(work);
        sweep(exec);
    }

    private static void sweep(Path dir) {
        java.time.Instant cutoff = java.time.Instant.now().minus(LEFTOVER_AGE);
        try (var s = Files.list(dir)) {
            for (Path p : s.toList()) {
                if (Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) {
                    Directories.delete(p);
                }
            }
        } catch (IOException e) {
            // best effort: a leftover only takes space
        }
    }

    /**
     * @param options the user's compiler options appended to {@code steps}; hashed apart from them so that no
     *                change of a language's argv can look like options, and not at all when there are none (keys of
     *                compiles without options stay what they were)
     */
    static String key(Language language, String version, List<String> steps, List<String> options, String main,
                      String mainClass, Map<String, byte[]> files) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            field(d, FORMAT);
            field(d, language.id());
            field(d, version);
            for (String s : steps) {
                field(d, s);
            }
            if (!options.isEmpty()) {
                field(d, "options=" + options.size());
                for (String o : options) {
                    field(d, o);
                }
            }
            field(d, "main=" + main);
            field(d, "class=" + mainClass);
            for (var f : files.entrySet()) {
                field(d, f.getKey());
                d.update(longBytes(f.getValue().length));
                d.update(f.getValue());
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void field(MessageDigest d, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        d.update(longBytes(b.length));
        d.update(b);
    }

    private static byte[] longBytes(long v) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (v >>> (56 - 8 * i));
        }
        return b;
    }

    /** The complete entry of this key, if there is one. */
    Optional<Meta> lookup(String key) {
        Path meta = artifacts.resolve(key + ".json");
        if (!Files.isRegularFile(meta) || !Files.isDirectory(artifacts.resolve(key))) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(meta.toFile(), Meta.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A fresh, empty, writable directory to compile in. */
    Path newWorkDir() throws IOException {
        Path dir = Files.createDirectory(work.resolve(UUID.randomUUID().toString()));
        FileTrees.openDir(dir);
        return dir;
    }

    /** A file outside every work dir for a compiler's output. */
    Path newOutputFile() {
        return work.resolve(UUID.randomUUID() + ".out");
    }

    /** Makes a compiled work dir the entry of this key (its files become read-only). */
    void publish(String key, Path workDir, Meta meta) throws IOException {
        FileTrees.freeze(workDir);
        Path target = artifacts.resolve(key);
        try {
            Files.move(workDir, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Linux reports a non-empty target as a plain FileSystemException ("Directory not empty"), so the
            // target itself tells whether another compile of the same sources won.
            if (!Files.isDirectory(target)) {
                throw e;
            }
            Directories.delete(workDir);
        }
        Path tmp = artifacts.resolve(key + ".json." + UUID.randomUUID());
        JSON.writeValue(tmp.toFile(), meta);
        Files.move(tmp, artifacts.resolve(key + ".json"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** A private copy of the entry's files, for one executable: a run cannot change the cache. */
    Path checkout(String key) throws IOException {
        Path dir = exec.resolve(UUID.randomUUID().toString());
        FileTrees.copy(artifacts.resolve(key), dir);
        return dir;
    }

    /** A private directory with these files, for a program that needs no compile step. */
    Path checkout(Map<String, byte[]> files) throws IOException {
        Path dir = Files.createDirectory(exec.resolve(UUID.randomUUID().toString()));
        FileTrees.openDir(dir);
        SandboxCompiler.writeFiles(dir, files);
        return dir;
    }
}
