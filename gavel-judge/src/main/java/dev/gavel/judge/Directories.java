package dev.gavel.judge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deleting the judge's scratch trees: work dirs, feedback dirs, extracted packages, compile cache entries. */
public final class Directories {

    private Directories() {
    }

    /**
     * Deletes a tree without following links (a program may have planted some in its work dir); read-only
     * directories are opened up first. Nothing happens if the tree is not there.
     */
    public static void delete(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    p.toFile().setWritable(true, true);
                }
                Files.deleteIfExists(p);
            }
        }
    }

    /** {@link #delete} for clean-up paths where a leftover temp file is not worth failing a judging over. */
    public static void deleteQuietly(Path root) {
        try {
            delete(root);
        } catch (IOException ignored) {
            // best effort
        }
    }
}
