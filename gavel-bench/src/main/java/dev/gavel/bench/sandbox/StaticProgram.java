package dev.gavel.bench.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Builds the measured program: a statically linked C program that exits 0 at once. */
final class StaticProgram {

    private StaticProgram() {
    }

    static Path exitZero(Path dir) throws IOException, InterruptedException {
        Path source = dir.resolve("exit0.c");
        Files.writeString(source, "int main(void) { return 0; }\n");
        Path binary = dir.resolve("exit0");
        Process gcc = new ProcessBuilder("gcc", "-O2", "-static", "-o", binary.toString(), source.toString())
                .redirectErrorStream(true).start();
        String output = new String(gcc.getInputStream().readAllBytes());
        if (gcc.waitFor() != 0) {
            throw new IllegalStateException("gcc -static failed (is libc6-dev installed?): " + output);
        }
        dir.toFile().setReadable(true, false);
        dir.toFile().setExecutable(true, false);
        return binary;
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
