package dev.gavel.judge.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Lists {@code submissions/<folder>/<file or directory>}: a file is a submission, a directory a multi-file one. */
public final class SubmissionFinder {

    private SubmissionFinder() {
    }

    public static List<FoundSubmission> find(Path packageRoot) throws IOException {
        Path dir = packageRoot.resolve("submissions");
        List<FoundSubmission> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        for (Path folder : list(dir)) {
            if (!Files.isDirectory(folder) || hidden(folder)) continue;
            String folderName = folder.getFileName().toString();
            for (Path entry : list(folder)) {
                if (hidden(entry)) continue;
                String key = folderName + "/" + entry.getFileName();
                if (Files.isDirectory(entry)) {
                    List<Path> files;
                    try (Stream<Path> s = Files.walk(entry)) {
                        files = s.filter(Files::isRegularFile).filter(p -> !hidden(p)).sorted().toList();
                    }
                    if (!files.isEmpty()) out.add(new FoundSubmission("submissions/" + key, key, folderName, files, true));
                } else if (Files.isRegularFile(entry)) {
                    out.add(new FoundSubmission("submissions/" + key, key, folderName, List.of(entry), false));
                }
            }
        }
        return out;
    }

    private static boolean hidden(Path p) {
        return p.getFileName().toString().startsWith(".");
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
