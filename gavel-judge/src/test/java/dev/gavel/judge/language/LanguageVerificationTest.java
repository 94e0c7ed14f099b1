package dev.gavel.judge.language;

import dev.gavel.judge.RunVerdicts;
import dev.gavel.sandbox.RunLimits;
import dev.gavel.sandbox.RunOutcome;
import dev.gavel.sandbox.RunSpec;
import dev.gavel.sandbox.Sandbox;
import dev.gavel.sandbox.SandboxPool;
import dev.gavel.sandbox.Sandboxes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every language's self-test suite, for real, in the sandbox: all languages are verified once, in parallel on all
 * cores, and each gets its own test result. The compile cache under {@code target/} makes a second run fast.
 */
@Tag("sandbox")
class LanguageVerificationTest {

    private static final Path WORK = Path.of("target", "language-verification");
    private static final Map<String, LanguageVerifier.Report> REPORTS = new ConcurrentHashMap<>();
    private static SandboxPool pool;
    private static SandboxCompiler compiler;

    @BeforeAll
    static void verifyAll() throws IOException {
        int cores = Runtime.getRuntime().availableProcessors();
        pool = Sandboxes.pool(cores);
        LanguageCatalog catalog = LanguageCatalog.builtIn();
        compiler = new SandboxCompiler(catalog, pool, Files.createDirectories(WORK.resolve("cache")));
        var verifier = new LanguageVerifier(compiler, pool, Files.createDirectories(WORK.resolve("tmp")));
        long start = System.nanoTime();
        verifier.verifyAll(catalog.all(), cores, r -> {
            REPORTS.put(r.language().id(), r);
            System.out.printf("verified %-11s %-6s %5.1f s %s%n", r.language().id(), r.verified() ? "ok" : "FAILED",
                    r.took().toMillis() / 1000.0, r.verified() ? "" : r.failures());
        });
        System.out.printf("verified all languages in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    @AfterAll
    static void closePool() {
        if (pool != null) {
            pool.close();
        }
    }

    static Stream<String> languageIds() {
        return LanguageCatalog.builtIn().all().stream().map(Language::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languageIds")
    void selfTestsPass(String id) {
        LanguageVerifier.Report r = REPORTS.get(id);
        assertTrue(r.installed(), id + " is not installed here: run scripts/install-languages.sh");
        assertTrue(r.verified(), id + " (" + r.version().orElse("?") + ") failed: " + r.failures());
    }

    @Test
    void atLeastThirtyLanguagesAreVerifiedOnThisMachine() {
        long verified = REPORTS.values().stream().filter(LanguageVerifier.Report::verified).count();
        assertTrue(verified >= 30, "only " + verified + " languages verified");
    }

    /** The C++ self-tests guard their standard: each fails to compile under the other's -std flag. */
    @Test
    void theCppSelfTestsFailUnderTheWrongStandard() throws IOException {
        LanguageCatalog catalog = LanguageCatalog.builtIn();
        Language cpp17 = catalog.byId("cpp17").orElseThrow();
        Language cpp20 = catalog.byId("cpp20").orElseThrow();
        assertWrongStandard(cpp20, SelfTest.resource(cpp17, "main", "cpp").orElseThrow(), "compile as C++17");
        assertWrongStandard(cpp17, SelfTest.resource(cpp20, "main", "cpp").orElseThrow(), "compile as C++20");
    }

    private static void assertWrongStandard(Language compileAs, String source, String message) throws IOException {
        Path dir = Files.createDirectories(WORK.resolve("std-" + System.nanoTime()));
        Path src = Files.writeString(dir.resolve("main.cpp"), source);
        CompileOutcome o = compiler.compile(compileAs, List.of(src), null);
        if (!(o instanceof CompileOutcome.CompileError ce)) {
            throw new AssertionError(compileAs.id() + " compiled a program for another standard: " + o);
        }
        assertTrue(ce.output().contains(message), ce.output());
    }

    @Test
    void aMultiFileJavaSubmissionWithPackagesRuns() throws IOException {
        Path dir = Files.createDirectories(WORK.resolve("multi-java-" + System.nanoTime()));
        Files.writeString(dir.resolve("Util.java"), """
                package contest.util;
                public class Util { public static long twice(long x) { return 2 * x; } }
                """);
        Files.writeString(dir.resolve("Whatever.java"), """
                package contest;
                import contest.util.Util;
                public class Prog {
                    public static void main(String[] args) { System.out.println(Util.twice(21)); }
                }
                """);
        assertEquals("42", run("java", List.of(dir.resolve("Util.java"), dir.resolve("Whatever.java"))));
    }

    @Test
    void aMultiFileCppSubmissionCompilesEverySource() throws IOException {
        Path dir = Files.createDirectories(WORK.resolve("multi-cpp-" + System.nanoTime()));
        Files.writeString(dir.resolve("util.h"), "#pragma once\nlong twice(long x);\n");
        Files.writeString(dir.resolve("util.cpp"), "#include \"util.h\"\nlong twice(long x) { return 2 * x; }\n");
        Files.writeString(dir.resolve("sol.cpp"), "#include <cstdio>\n#include \"util.h\"\nint main() { std::printf(\"%ld\\n\", twice(21)); }\n");
        assertEquals("42", run("cpp20", List.of(dir)));
    }

    @Test
    void aMultiFilePythonSubmissionRunsTheFileWithTheMainGuard() throws IOException {
        Path dir = Files.createDirectories(WORK.resolve("multi-py-" + System.nanoTime()));
        Files.writeString(dir.resolve("helper.py"), "def twice(x):\n    return 2 * x\n");
        Files.writeString(dir.resolve("solve.py"), "import helper\nif __name__ == '__main__':\n    print(helper.twice(21))\n");
        assertEquals("42", run("python3", List.of(dir)));
    }

    private static String run(String languageId, List<Path> sources) throws IOException {
        Language language = LanguageCatalog.builtIn().byId(languageId).orElseThrow();
        CompileOutcome o = compiler.compile(language, sources, null);
        if (!(o instanceof CompileOutcome.Compiled c)) {
            throw new AssertionError("did not compile: " + o);
        }
        Path out = Files.createTempFile(WORK, "out", ".txt");
        Path err = Files.createTempFile(WORK, "err", ".txt");
        RunLimits limits = c.executable().adjust(LanguageVerifier.TEST_LIMITS);
        RunSpec spec = new RunSpec(c.executable().runArgv(limits.memory()), c.executable().runEnv(),
                c.executable().dir(), null, out, err, false, limits);
        try (Sandbox box = pool.acquire()) {
            RunOutcome outcome = box.run(spec);
            assertTrue(RunVerdicts.of(outcome, language, Files.readString(err)).isEmpty(),
                    outcome + " " + Files.readString(err));
        } finally {
            c.executable().discard();
        }
        return Files.readString(out).strip();
    }
}
