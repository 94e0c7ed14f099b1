package dev.gavel.judge.verify;

import java.nio.file.Path;
import java.util.List;

/**
 * A submission found in a package's {@code submissions/}.
 *
 * @param path   its path below the package, e.g. {@code submissions/accepted/sol.py}
 * @param key    its path below {@code submissions/}, as {@code submissions.yaml} names it
 * @param folder the verdict folder it lies in
 * @param files  its files: one, or all files of a multi-file submission's directory
 * @param dir    whether it is a directory (multi-file)
 */
public record FoundSubmission(String path, String key, String folder, List<Path> files, boolean dir) {

    public FoundSubmission {
        files = List.copyOf(files);
    }
}
