package dev.gavel.judge.problem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProblemPackageTest {

    @TempDir
    Path tmp;

    private Path zip(String name, Map<String, String> entries) throws IOException {
        Path zip = tmp.resolve(name);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void opensAZipAndDeletesTheExtractionOnClose() throws Exception {
        Path zip = zip("hello.zip", Map.of("problem.yaml", "name: Zipped\n", "data/secret/1.in", "1",
                "data/secret/1.ans", "1"));
        Path root;
        try (ProblemPackage pkg = ProblemPackage.open(zip)) {
            assertEquals("Zipped", pkg.problem().name());
            assertEquals("hello", pkg.problem().shortName());
            root = pkg.problem().root();
            assertTrue(Files.isDirectory(root));
        }
        assertFalse(Files.exists(root));
    }

    @Test
    void acceptsAZipWithOneTopLevelDirectory() throws Exception {
        Path zip = zip("p.zip", Map.of("hello/problem.yaml", "name: Inner\n", "hello/data/secret/1.in", "1",
                "hello/data/secret/1.ans", "1"));
        try (ProblemPackage pkg = ProblemPackage.open(zip)) {
            assertEquals("Inner", pkg.problem().name());
            assertEquals("p", pkg.problem().shortName());
        }
    }

    @Test
    void rejectsZipSlip() throws Exception {
        Path zip = zip("evil.zip", Map.of("problem.yaml", "name: x\n", "../../escaped.txt", "boo"));
        PackageException e = assertThrows(PackageException.class, () -> ProblemPackage.open(zip));
        assertTrue(e.getMessage().contains("evil.zip: entry '../../escaped.txt' points outside the package"),
                e.getMessage());
        assertFalse(Files.exists(tmp.resolve("escaped.txt")));
        assertFalse(Files.exists(tmp.getParent().resolve("escaped.txt")));
    }

    @Test
    void rejectsAFileThatIsNotAZip() throws Exception {
        Path bad = tmp.resolve("broken.zip");
        Files.writeString(bad, "not a zip");
        PackageException e = assertThrows(PackageException.class, () -> ProblemPackage.open(bad));
        assertTrue(e.getMessage().startsWith("broken.zip: not a valid zip file"), e.getMessage());
    }

    @Test
    void rejectsAMissingPath() {
        PackageException e = assertThrows(PackageException.class, () -> ProblemPackage.open(tmp.resolve("nope")));
        assertTrue(e.getMessage().contains("no such problem package"), e.getMessage());
    }

    @Test
    void loadsTheBundledTestPackages() throws Exception {
        for (String name : new String[]{"hello", "floaty", "custom", "guess", "multipass", "scoring"}) {
            try (ProblemPackage pkg = ProblemPackage.open(Path.of("src/test/resources/packages", name))) {
                assertFalse(pkg.problem().tests().isEmpty(), name);
            }
        }
    }
}
