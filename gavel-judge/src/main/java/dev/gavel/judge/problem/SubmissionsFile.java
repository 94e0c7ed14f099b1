package dev.gavel.judge.problem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads {@code submissions.yaml} or {@code submissions.json} (in the package root or in {@code submissions/}): a map
 * from a submission's path below {@code submissions/} to its entry point, given as a string or as a map with
 * {@code entrypoint} (also {@code entry_point} or {@code main}).
 */
final class SubmissionsFile {

    private SubmissionsFile() {
    }

    static Map<String, String> read(Path root, String shortName, Issues issues) {
        Map<String, String> out = new TreeMap<>();
        for (String rel : List.of("submissions.yaml", "submissions.json", "submissions/submissions.yaml",
                "submissions/submissions.json")) {
            Path p = root.resolve(rel);
            if (!Files.isRegularFile(p)) continue;
            String display = shortName + "/" + rel;
            Map<String, Object> m = Yamls.readMap(p, display, issues);
            Yamls y = new Yamls(issues, display);
            m.forEach((key, value) -> {
                String path = key.startsWith("submissions/") ? key.substring("submissions/".length()) : key;
                path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
                if (value instanceof String s) {
                    out.put(path, s);
                } else if (value instanceof Map<?, ?> entry) {
                    Map<String, Object> e = ProblemLoader.copy(entry);
                    String ep = y.string(e, "entrypoint", y.string(e, "entry_point", y.string(e, "main", null)));
                    if (ep != null) out.put(path, ep);
                } else {
                    y.error("'" + key + "' must be an entry point (a string) or a map with 'entrypoint'");
                }
            });
        }
        return out;
    }
}
