package dev.gavel.judge.language;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The verification results of this machine, kept in {@code $GAVEL_HOME/languages.json} by language id. A result
 * counts only for the toolchain version it was measured with: after an upgrade the language is unverified again.
 */
public final class LanguageStatus {

    /** One language's last verification. */
    public record Entry(String version, boolean verified, String checkedAt, long millis, List<String> failures) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final Map<String, Entry> entries;

    private LanguageStatus(Path file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** {@code $GAVEL_HOME}, by default {@code ./data}. */
    public static Path gavelHome() {
        String home = System.getenv("GAVEL_HOME");
        return Path.of(home == null || home.isBlank() ? "data" : home);
    }

    /** Reads the file (a missing or unreadable one is an empty status). */
    public static LanguageStatus load(Path file) {
        Map<String, Entry> entries = new TreeMap<>();
        if (Files.isRegularFile(file)) {
            try {
                var type = JSON.getTypeFactory().constructMapType(TreeMap.class, String.class, Entry.class);
                entries.putAll(JSON.readValue(file.toFile(), type));
            } catch (IOException e) {
                // a damaged cache only means re-verifying
            }
        }
        return new LanguageStatus(file, entries);
    }

    /** Whether the language was verified with exactly this toolchain version. */
    public synchronized boolean verified(Language language, Optional<String> version) {
        Entry e = entries.get(language.id());
        return e != null && e.verified() && version.isPresent() && version.get().equals(e.version());
    }

    public synchronized Optional<Entry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    public synchronized void record(LanguageVerifier.Report report) {
        if (!report.installed()) {
            entries.remove(report.language().id());
            return;
        }
        entries.put(report.language().id(), new Entry(report.version().get(), report.verified(),
                Instant.now().toString(), report.took().toMillis(), report.failures()));
    }

    /** Writes the file atomically. */
    public synchronized void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(tmp.toFile(), entries);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
