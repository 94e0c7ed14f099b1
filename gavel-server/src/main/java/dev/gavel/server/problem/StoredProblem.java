package dev.gavel.server.problem;

import java.nio.file.Path;
import java.util.List;

/** A problem's row: what is listed without opening its package. */
public record StoredProblem(long id, String slug, String name, String difficulty, List<String> tags, Path packageDir) {

    public StoredProblem {
        tags = List.copyOf(tags);
    }
}
