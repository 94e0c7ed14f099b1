package dev.gavel.judge.problem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the output validator's program: {@code output_validator/} (2023-07) or {@code output_validators/} (legacy),
 * which holds either the sources themselves or exactly one program (a sub-directory or a single file).
 */
final class ValidatorLocator {

    private ValidatorLocator() {
    }

    static Path find(Path root, String shortName, Issues issues) {
        for (String name : List.of("output_validator", "output_validators")) {
            Path dir = root.resolve(name);
            if (!Files.isDirectory(dir)) continue;
            String display = shortName + "/" + name + "/";
            List<Path> entries = ProblemLoader.list(dir, display, issues).stream()
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .toList();
            List<Path> subdirs = entries.stream().filter(Files::isDirectory).toList();
            List<Path> files = entries.stream().filter(Files::isRegularFile).toList();
            if (entries.isEmpty()) {
                issues.add(display, "is empty: a custom validator needs its sources here");
                return null;
            }
            if (files.isEmpty() && subdirs.size() == 1) {
                if (ProblemLoader.list(subdirs.get(0), display, issues).isEmpty()) {
                    issues.add(display + subdirs.get(0).getFileName() + "/", "is empty: no validator sources");
                    return null;
                }
                return subdirs.get(0);
            }
            if (files.isEmpty()) {
                issues.add(display, "holds " + subdirs.size() + " validators " + subdirs.stream()
                        .map(p -> p.getFileName().toString()).toList() + "; Gavel supports exactly one");
                return null;
            }
            return dir;
        }
        issues.add(shortName + "/output_validators/", "missing: problem.yaml asks for a custom validator");
        return null;
    }
}
