package dev.gavel.sandbox.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gavel.sandbox.BoxConfig;
import dev.gavel.sandbox.RunOutcome;
import dev.gavel.sandbox.RunSpec;
import dev.gavel.sandbox.Sandbox;
import dev.gavel.sandbox.SandboxPool;
import dev.gavel.sandbox.Sandboxes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every hostile program of {@code src/test/resources/hostile/} (compiled inside the sandbox when it needs
 * compiling) and checks the outcome its {@code case.properties} demands; then checks the host is as it was.
 */
@Tag("sandbox")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileSuiteTest {

    /** Away from the uids other test runs on this machine use, so that the leftover-process check is ours alone. */
    static final int UID_BASE = 61700;
    static final String NEIGHBOUR_SECRET = "TOPSECRET-NEIGHBOUR";

    private static SandboxPool pool;
    private static HostSnapshot before;

    @TempDir
    static Path scratch;

    @BeforeAll
    static void start() throws IOException {
        before = HostSnapshot.take(UID_BASE);
        pool = Sandboxes.pool(BoxConfig.defaults().withUidBase(UID_BASE), 2);
    }

    @AfterAll
    static void stop() throws IOException {
        if (pool != null) pool.close();
        before.removeCanary();
    }

    static Stream<HostileCase> cases() throws IOException, URISyntaxException {
        Path root = Path.of(HostileSuiteTest.class.getResource("/hostile").toURI());
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).sorted().map(d -> {
                try {
                    return HostileCase.load(d);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList().stream();
        }
    }

    @Test
    @Order(0)
    void thereAreEnoughHostilePrograms() throws Exception {
        List<HostileCase> all = cases().toList();
        assertTrue(all.size() >= 40, "only " + all.size() + " hostile programs");
        Set<String> kinds = new java.util.TreeSet<>();
        for (HostileCase c : all) {
            try (Stream<Path> files = Files.list(c.dir())) {
                files.map(f -> f.getFileName().toString()).filter(f -> !f.equals("case.properties"))
                        .map(f -> f.substring(f.lastIndexOf('.') + 1)).forEach(kinds::add);
            }
        }
        assertTrue(kinds.containsAll(Set.of("c", "cpp", "py", "java", "sh")), kinds.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Order(1)
    void hostileProgramIsContained(HostileCase c) throws IOException {
        Path caseDir = Files.createDirectories(scratch.resolve(c.name()));
        Path work = Files.createDirectories(caseDir.resolve("work"));
        Path outputs = Files.createDirectories(caseDir.resolve("outputs"));
        Path neighbour = Files.createDirectories(caseDir.resolve("neighbour"));
        Files.writeString(neighbour.resolve("secret.txt"), NEIGHBOUR_SECRET);
        try (Stream<Path> files = Files.list(c.dir())) {
            for (Path f : files.toList()) Files.copy(f, work.resolve(f.getFileName()));
        }
        try (Sandbox box = pool.acquire()) {
            RunOutcome judged;
            if (c.get("build") != null) {
                RunOutcome built = box.run(RunSpec.of(c.argv("build"), work,
                                c.judgesBuild() ? c.judgedLimits() : HostileCase.buildLimits())
                        .withStdout(outputs.resolve("stdout")).withStderrToStdout(true));
                if (c.judgesBuild()) {
                    check(c, built, outputs, work);
                    return;
                }
                assertEquals(new RunOutcome.Exited(0, built.usage()), built,
                        "build failed: " + Files.readString(outputs.resolve("stdout")));
            }
            judged = box.run(RunSpec.of(c.argv("run"), work, c.judgedLimits())
                    .withStdout(outputs.resolve("stdout")).withStderr(outputs.resolve("stderr")));
            check(c, judged, outputs, work);
        }
    }

    private static void check(HostileCase c, RunOutcome o, Path outputs, Path work) throws IOException {
        byte[] stdoutBytes = Files.readAllBytes(outputs.resolve("stdout"));
        String stdout = new String(stdoutBytes, StandardCharsets.ISO_8859_1);
        Path errFile = outputs.resolve("stderr");
        String stderr = Files.exists(errFile) ? Files.readString(errFile, StandardCharsets.ISO_8859_1) : "";
        String context = o + "\nstdout: " + abbreviate(stdout) + "\nstderr: " + abbreviate(stderr);
        System.out.printf("hostile %-28s %s%n", c.name(), o);
        assertFalse(o instanceof RunOutcome.SandboxFault, context);
        if (c.get("expect.status") != null) assertTrue(c.list("expect.status", "\\|").contains(status(o)), context);
        String exit = c.get("expect.exit");
        if (exit != null) {
            int code = assertInstanceOf(RunOutcome.Exited.class, o, context).exitCode();
            if (exit.equals("nonzero")) {
                assertNotEquals(0, code, context);
            } else {
                assertEquals(Integer.parseInt(exit), code, context);
            }
        }
        if ("false".equals(c.get("expect.success"))) {
            assertNotEquals(new RunOutcome.Exited(0, o.usage()), o, "must not succeed; " + context);
        }
        if (c.get("expect.signal") != null) {
            assertEquals(Integer.parseInt(c.get("expect.signal")),
                    assertInstanceOf(RunOutcome.Signalled.class, o, context).signal(), context);
        }
        Map<String, Integer> denied = o.usage().deniedSyscalls();
        for (String name : c.list("expect.denied", ",")) assertTrue(denied.containsKey(name), name + " not denied; " + context);
        for (String s : c.list("expect.stdout.contains", "\\|")) assertTrue(stdout.contains(s), "lacks '" + s + "'; " + context);
        for (String s : c.list("expect.stdout.excludes", "\\|")) assertFalse(stdout.contains(s), "has '" + s + "'; " + context);
        assertFalse(stdout.contains(NEIGHBOUR_SECRET), context);
        if (c.get("expect.stdout.size") != null) {
            assertEquals(Long.parseLong(c.get("expect.stdout.size")), stdoutBytes.length, context);
        }
        if (c.get("expect.stdout.sha256") != null) {
            assertEquals(c.get("expect.stdout.sha256"), sha256(stdoutBytes), "stdout differs; " + context);
        }
        for (String f : c.list("expect.file.absent", ",")) assertFalse(Files.exists(work.resolve(f)), f + " exists; " + context);
    }

    private static String status(RunOutcome o) {
        return switch (o) {
            case RunOutcome.Exited e -> "exited";
            case RunOutcome.Signalled s -> "signalled";
            case RunOutcome.TimeLimit t -> t.kind() == RunOutcome.TimeLimit.Kind.CPU ? "time-limit-cpu" : "time-limit-wall";
            case RunOutcome.MemoryLimit m -> "memory-limit";
            case RunOutcome.OutputLimit l -> "output-limit";
            case RunOutcome.SandboxFault f -> "fault";
            case RunOutcome.NotStarted n -> "not-started";
        };
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 600 ? s.substring(0, 600) + "..." : s;
    }

    @Test
    @Order(2)
    void hostIsUnchangedAfterwards() throws IOException {
        pool.close();
        pool = null;
        HostSnapshot after = HostSnapshot.take(UID_BASE);
        List<String> problems = before.differences(after);
        if (!problems.isEmpty()) fail(String.join("\n", problems));
    }
}
