package dev.gavel.judge.language;

import dev.gavel.sandbox.RunOutcome;
import dev.gavel.sandbox.RunUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The verifier's judgement of outcomes, with a pretend sandbox (the real one is in LanguageVerificationTest). */
class LanguageVerifierTest {

    @TempDir
    Path tmp;

    private final LanguageCatalog catalog = LanguageCatalog.parse("""
            - id: toy
              name: Toy
              judge0_id: 2001
              extensions: [toy]
              source: main.toy
              compile: [toyc, '{sources}']
              run: [./main]
              version: [toyc, --version]
            """, "toy.yaml");
    private final Language toy = catalog.byId("toy").orElseThrow();

    /** A program that behaves as the self-test asks: hello, a+b, or fails as told. */
    private static RunOutcome wellBehaved(dev.gavel.sandbox.RunSpec spec) {
        try {
            String in = Files.readString(spec.stdin()).strip();
            RunUsage u = RunUsage.none();
            return switch (in) {
                case "" -> {
                    Files.writeString(spec.stdout(), "Hello, World!\n");
                    yield new RunOutcome.Exited(0, u);
                }
                case "re" -> new RunOutcome.Signalled(11, u);
                case "tle" -> new RunOutcome.TimeLimit(RunOutcome.TimeLimit.Kind.CPU, u);
                case "mle" -> {
                    Files.writeString(spec.stderr(), "fatal: out of memory\n");
                    yield new RunOutcome.MemoryLimit(u);
                }
                default -> {
                    String[] t = in.split("\\s+");
                    Files.writeString(spec.stdout(), (Long.parseLong(t[0]) + Long.parseLong(t[1])) + "\n");
                    yield new RunOutcome.Exited(0, u);
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LanguageVerifier verifier(FakeSandboxPool pool, String version) {
        var compiler = new SandboxCompiler(catalog, pool, tmp.resolve("cache"), l -> Optional.ofNullable(version));
        return new LanguageVerifier(compiler, pool, tmp.resolve("scratch"), l -> Optional.ofNullable(version));
    }

    @Test
    void aWellBehavedToolchainIsVerifiedAndCompilesOncePerProgram() {
        var pool = new FakeSandboxPool();
        pool.program = LanguageVerifierTest::wellBehaved;
        var report = verifier(pool, "1.0").verify(toy);
        assertTrue(report.verified(), report.failures().toString());
        assertEquals(List.of("hello", "aplusb", "re", "tle", "mle", "ce"), report.results().stream()
                .map(LanguageVerifier.TestResult::test).toList());
        long compiles = pool.runs.stream().filter(r -> r.argv().get(0).equals("toyc")).count();
        assertEquals(2, compiles, "main.toy once (then cache hits) and ce.toy once");
    }

    @Test
    void wrongOutcomesAreReportedPerTest() {
        var pool = new FakeSandboxPool();
        pool.program = spec -> {
            RunOutcome good = wellBehaved(spec);
            try {
                return switch (Files.readString(spec.stdin()).strip()) {
                    case "tle" -> new RunOutcome.Exited(0, RunUsage.none()); // the loop ended: no TLE
                    case "20 22" -> {
                        Files.writeString(spec.stdout(), "41\n");
                        yield good;
                    }
                    default -> good;
                };
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        var report = verifier(pool, "1.0").verify(toy);
        assertFalse(report.verified());
        assertEquals(2, report.failures().size(), report.failures().toString());
        assertTrue(report.failures().get(0).startsWith("aplusb: expected AC, got WA"), report.failures().toString());
        assertTrue(report.failures().get(1).startsWith("tle: expected TLE, got AC"), report.failures().toString());
    }

    @Test
    void aMissingToolchainIsNotInstalledAndNotVerified() {
        var report = verifier(new FakeSandboxPool(), null).verify(toy);
        assertFalse(report.installed());
        assertFalse(report.verified());
    }

    @Test
    void statusCountsOnlyForTheVersionItWasMeasuredWith() {
        var pool = new FakeSandboxPool();
        pool.program = LanguageVerifierTest::wellBehaved;
        var report = verifier(pool, "1.0").verify(toy);
        Path file = tmp.resolve("home").resolve("languages.json");
        var status = LanguageStatus.load(file);
        status.record(report);
        status.save();
        var again = LanguageStatus.load(file);
        assertTrue(again.verified(toy, Optional.of("1.0")));
        assertFalse(again.verified(toy, Optional.of("1.1")), "an upgraded toolchain must be verified again");
        assertFalse(again.verified(toy, Optional.empty()));
    }
}
