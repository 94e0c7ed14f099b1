package dev.gavel.judge.problem;

import dev.gavel.judge.Directories;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A problem package opened from a directory or a {@code .zip}. A zip is extracted into a temporary directory that
 * {@link #close()} deletes; entries that would land outside it (zip-slip) reject the whole zip.
 */
public final class ProblemPackage implements AutoCloseable {

    /** Most bytes a zip may expand to; a larger one is rejected rather than filling the disk. */
    static final long MAX_EXTRACTED_BYTES = 4L * 1024 * 1024 * 1024;

    private final Problem problem;
    private final Path extracted;

    private ProblemPackage(Problem problem, Path extracted) {
        this.problem = problem;
        this.extracted = extracted;
    }

    /** Opens a package directory or zip; the short name is the directory's or the zip's name without extension. */
    public static ProblemPackage open(Path path) throws PackageException {
        String file = path.toAbsolutePath().normalize().getFileName().toString();
        if (Files.isDirectory(path)) {
            return new ProblemPackage(ProblemLoader.load(path, file), null);
        }
        if (!Files.isRegularFile(path)) {
            throw new PackageException(path + ": no such problem package (neither a directory nor a .zip)");
        }
        if (!file.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            throw new PackageException(path + ": a problem package is a directory or a .zip file");
        }
        String shortName = file.substring(0, file.length() - 4);
        Path dir;
        try {
            dir = Files.createTempDirectory("gavel-pkg-");
        } catch (IOException e) {
            throw new PackageException(path + ": cannot make a directory to extract into: " + e.getMessage());
        }
        try {
            extract(path, dir);
            Path root = packageRoot(dir);
            return new ProblemPackage(ProblemLoader.load(root, shortName), dir);
        } catch (PackageException e) {
            Directories.deleteQuietly(dir);
            throw e;
        } catch (IOException | UncheckedIOException e) {
            Directories.deleteQuietly(dir);
            throw new PackageException(path + ": cannot extract: " + e.getMessage());
        }
    }

    public Problem problem() {
        return problem;
    }

    @Override
    public void close() {
        if (extracted != null) Directories.deleteQuietly(extracted);
    }

    private static void extract(Path zip, Path into) throws IOException, PackageException {
        String display = zip.getFileName().toString();
        long total = 0;
        try (ZipFile z = new ZipFile(zip.toFile())) {
            List<? extends ZipEntry> entries = z.stream().toList();
            for (ZipEntry e : entries) {
                Path target = into.resolve(e.getName()).normalize();
                if (e.getName().startsWith("/") || e.getName().contains("\\") || !target.startsWith(into)
                        || target.equals(into) && !e.isDirectory()) {
                    throw new PackageException(display + ": entry '" + e.getName()
                            + "' points outside the package; refusing to extract");
                }
            }
            for (ZipEntry e : entries) {
                Path target = into.resolve(e.getName()).normalize();
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = z.getInputStream(e)) {
                    total += Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                if (total > MAX_EXTRACTED_BYTES) {
                    throw new PackageException(display + ": expands to more than "
                            + MAX_EXTRACTED_BYTES / (1024 * 1024) + " MiB; refusing to extract");
                }
            }
        } catch (ZipException e) {
            throw new PackageException(display + ": not a valid zip file: " + e.getMessage());
        }
    }

    /** The zip's root, or its single top-level directory when the files were zipped inside one. */
    private static Path packageRoot(Path dir) throws IOException {
        if (Files.exists(dir.resolve("problem.yaml"))) return dir;
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> entries = s.filter(p -> !p.getFileName().toString().equals("__MACOSX")).toList();
            if (entries.size() == 1 && Files.isDirectory(entries.get(0))) return entries.get(0);
        }
        return dir;
    }

}
