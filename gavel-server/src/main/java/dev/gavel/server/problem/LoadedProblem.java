package dev.gavel.server.problem;

import java.nio.file.Path;
import java.util.Optional;

import dev.gavel.judge.judging.PreparedProblem;

/** A problem ready to judge: its row, its package loaded (validator compiled) and its page. */
public record LoadedProblem(StoredProblem stored, PreparedProblem prepared, ProblemPage page) {

    public long id() {
        return stored.id();
    }

    public String slug() {
        return stored.slug();
    }

    /** The package's PDF statement, when it has one. */
    public Optional<Path> statementPdf() {
        return PackageReader.statementPdf(stored.packageDir());
    }
}
