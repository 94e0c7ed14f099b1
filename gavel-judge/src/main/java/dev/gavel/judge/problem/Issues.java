package dev.gavel.judge.problem;

import java.util.ArrayList;
import java.util.List;

/** Problems found while loading a package, collected so that all are reported at once. */
final class Issues {

    private final List<String> lines = new ArrayList<>();

    void add(String file, String message) {
        lines.add(file + ": " + message);
    }

    boolean any() {
        return !lines.isEmpty();
    }

    void throwIfAny() throws PackageException {
        if (any()) throw new PackageException(lines);
    }
}
