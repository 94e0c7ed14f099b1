package dev.gavel.judge.language;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The languages Gavel knows (from {@code languages.yaml}). */
public interface Languages {

    List<Language> all();

    Optional<Language> byId(String id);

    Optional<Language> byJudge0Id(int judge0Id);

    /** The language of a source file by its extension (e.g. {@code .cpp} → the default C++). */
    Optional<Language> forFile(Path source);
}
