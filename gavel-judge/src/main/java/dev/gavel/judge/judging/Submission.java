package dev.gavel.judge.judging;

import dev.gavel.judge.language.Language;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A program to judge.
 *
 * @param files      its source files (one, or several for a multi-file submission)
 * @param language   its language
 * @param entryPoint the entry point (file or class) of a multi-file submission, or null to let the compiler find it
 */
public record Submission(List<Path> files, Language language, String entryPoint) {

    public Submission {
        files = List.copyOf(files);
        Objects.requireNonNull(language, "language");
        if (files.isEmpty()) throw new IllegalArgumentException("a submission needs at least one file");
    }

    public static Submission of(Path file, Language language) {
        return new Submission(List.of(file), language, null);
    }
}
