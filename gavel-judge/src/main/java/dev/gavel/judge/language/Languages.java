package dev.gavel.judge.language;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The languages Gavel knows (from {@code languages.yaml}). */
public interface Languages {

    List<Language> all();

    Optional<Language> byId(String id);

    Optional<Language> byJudge0Id(int judge0Id);

    /** The language of a source file by its extension (e.g. {@code .cpp} → the default C++). */
    Optional<Language> forFile(Path source);

    /**
     * The language of most of these files by extension (the first one seen on a tie), for a folder of sources with
     * no named entry point; empty if none has a known extension.
     */
    default Optional<Language> mostCommon(List<Path> files) {
        Map<Language, Integer> counts = new LinkedHashMap<>();
        for (Path f : files) {
            forFile(f).ifPresent(l -> counts.merge(l, 1, Integer::sum));
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }
}
