package dev.gavel.judge.language;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SandboxCompilerTest {

    private static final String TOY = """
            - id: toy
              name: Toy
              judge0_id: 2001
              extensions: [toy]
              source: main.toy
              compile: [toyc, -O2, '{sources}']
              run: [./main]
              version: [toyc, --version]
            - id: script
              name: Script
              judge0_id: 2002
              extensions: [scr]
              source: main.scr
              run: [interp, '{main}']
              version: [interp, --version]
            """;

    @TempDir
    Path tmp;

    private FakeSandboxPool pool;
    private LanguageCatalog catalog;
    private Language toy;
    private Path cache;

    @BeforeEach
    void setUp() {
        pool = new FakeSandboxPool();
        catalog = LanguageCatalog.parse(TOY, "toy.yaml");
        toy = catalog.byId("toy").orElseThrow();
        cache = tmp.resolve("cache");
    }

    private SandboxCompiler compiler(String version) {
        return new SandboxCompiler(catalog, pool, cache, l -> Optional.ofNullable(version));
    }

    private Path source(String name, String text) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("src-" + System.nanoTime()));
        return Files.writeString(dir.resolve(name), text);
    }

    private static CompileOutcome.Compiled compiled(CompileOutcome o) {
        return assertInstanceOf(CompileOutcome.Compiled.class, o, () -> "not compiled: " + o);
    }

    @Test
    void theSecondCompileOfTheSameSourcesIsACacheHitThatRunsNoCompiler() throws IOException {
        SandboxCompiler c = compiler("1.0");
        var first = compiled(c.compile(toy, List.of(source("main.toy", "print 1")), null));
        assertFalse(first.cached());
        assertEquals(1, pool.runs.size());
        assertEquals(List.of("toyc", "-O2", "main.toy"), pool.runs.get(0).argv());
        assertEquals("toyc: ok\n", first.output());

        var second = compiled(c.compile(toy, List.of(source("main.toy", "print 1")), null));
        assertTrue(second.cached());
        assertEquals(1, pool.runs.size(), "the compiler ran again");
        assertEquals("toyc: ok\n", second.output());
        assertEquals("print 1", Files.readString(second.executable().dir().resolve("main")));
        assertNotEquals(first.executable().dir(), second.executable().dir());

        // A new compiler on the same directory (another process) hits the cache too.
        var third = compiled(compiler("1.0").compile(toy, List.of(source("main.toy", "print 1")), null));
        assertTrue(third.cached());
        assertEquals(1, pool.runs.size());
    }

    @Test
    void differentSourcesNamesFlagsOrVersionsMiss() throws IOException {
        compiled(compiler("1.0").compile(toy, List.of(source("main.toy", "print 1")), null));
        compiled(compiler("1.0").compile(toy, List.of(source("main.toy", "print 2")), null));
        assertEquals(2, pool.runs.size());
        compiled(compiler("1.0").compile(toy, List.of(source("other.toy", "print 2")), null));
        assertEquals(3, pool.runs.size());
        compiled(compiler("1.1").compile(toy, List.of(source("main.toy", "print 1")), null));
        assertEquals(4, pool.runs.size());
        Language toyO3 = LanguageCatalog.parse(TOY.replace("-O2", "-O3"), "toy.yaml").byId("toy").orElseThrow();
        var o3 = compiled(compiler("1.0").compile(toyO3, List.of(source("main.toy", "print 1")), null));
        assertFalse(o3.cached());
        assertEquals(5, pool.runs.size());
        assertEquals(List.of("toyc", "-O3", "main.toy"), pool.runs.get(4).argv());
    }

    @Test
    void compilerOptionsAreAppendedAsTheyAreAndPartOfTheCacheKey() throws IOException {
        SandboxCompiler c = compiler("1.0");
        compiled(c.compile(toy, List.of(source("main.toy", "print 1")), null));
        var withOptions = compiled(c.compile(toy, List.of(source("main.toy", "print 1")), null,
                CompileBudget.LANGUAGE_DEFAULTS, List.of("-DX=5", "{main}")));
        assertFalse(withOptions.cached(), "a compile without the options was reused");
        assertEquals(2, pool.runs.size());
        assertEquals(List.of("toyc", "-O2", "main.toy", "-DX=5", "{main}"), pool.runs.get(1).argv());
        assertTrue(compiled(c.compile(toy, List.of(source("main.toy", "print 1")), null,
                CompileBudget.LANGUAGE_DEFAULTS, List.of("-DX=5", "{main}"))).cached());
        var otherOptions = compiled(c.compile(toy, List.of(source("main.toy", "print 1")), null,
                CompileBudget.LANGUAGE_DEFAULTS, List.of("-DX=6")));
        assertFalse(otherOptions.cached());
        // no options is the plain compile, cached from the first call
        assertTrue(compiled(c.compile(toy, List.of(source("main.toy", "print 1")), null,
                CompileBudget.LANGUAGE_DEFAULTS, List.of())).cached());
        assertEquals(3, pool.runs.size());
    }

    @Test
    void aLanguageWithoutACompileStepIgnoresCompilerOptions() throws IOException {
        Language script = catalog.byId("script").orElseThrow();
        var c = compiled(compiler("1.0").compile(script, List.of(source("main.scr", "say 1")), null,
                CompileBudget.LANGUAGE_DEFAULTS, List.of("-O")));
        assertEquals(List.of("interp", "main.scr"), c.executable().runArgv(dev.gavel.sandbox.ByteSize.ofMiB(64)));
        assertEquals(0, pool.runs.size());
    }

    @Test
    void aCompileThatFindsItsEntryAlreadyPublishedStillSucceeds() throws IOException {
        compiled(compiler("1.0").compile(toy, List.of(source("main.toy", "print 1")), null));
        // Another process published the same key's files but has not written its metadata yet (or ended there).
        try (var s = Files.list(cache.resolve("artifacts"))) {
            for (Path meta : s.filter(p -> p.toString().endsWith(".json")).toList()) {
                Files.delete(meta);
            }
        }
        var again = compiled(compiler("1.0").compile(toy, List.of(source("main.toy", "print 1")), null));
        assertFalse(again.cached());
        assertEquals(2, pool.runs.size());
        assertEquals("print 1", Files.readString(again.executable().dir().resolve("main")));
        assertTrue(compiled(compiler("1.0").compile(toy, List.of(source("main.toy", "print 1")), null)).cached());
    }

    @Test
    void aRunCannotCorruptTheCache() throws IOException {
        SandboxCompiler c = compiler("1.0");
        var first = compiled(c.compile(toy, List.of(source("main.toy", "print 1")), null));
        Files.delete(first.executable().dir().resolve("main"));
        Files.writeString(first.executable().dir().resolve("junk"), "left by a run");
        var second = compiled(c.compile(toy, List.of(source("main.toy", "print 1")), null));
        assertTrue(second.cached());
        assertEquals("print 1", Files.readString(second.executable().dir().resolve("main")));
        assertFalse(Files.exists(second.executable().dir().resolve("junk")));
        second.executable().discard();
        assertFalse(Files.exists(second.executable().dir()));
    }

    @Test
    void multiFileSubmissionsCompileEverySourceTogether() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("folder"));
        Files.writeString(dir.resolve("main.toy"), "A");
        Files.writeString(dir.resolve("util.toy"), "B");
        Files.writeString(dir.resolve("notes.txt"), "not a source");
        Path secret = Files.writeString(tmp.resolve("secret.toy"), "SECRET");
        Files.createSymbolicLink(dir.resolve("link.toy"), secret);
        var c = compiled(compiler("1.0").compile(toy, List.of(dir), null));
        assertEquals(List.of("toyc", "-O2", "main.toy", "util.toy"), pool.runs.get(0).argv());
        assertEquals("AB", Files.readString(c.executable().dir().resolve("main")));
        assertFalse(Files.exists(c.executable().dir().resolve("link.toy")), "a symbolic link was followed");
        assertEquals(List.of("./main"), c.executable().runArgv(dev.gavel.sandbox.ByteSize.ofMiB(64)));
    }

    @Test
    void aProblemsCompilationLimitsReplaceTheLanguagesOwn() throws IOException {
        compiled(compiler("1.0").compile(toy, List.of(source("main.toy", "print 1")), null,
                new CompileBudget(java.time.Duration.ofSeconds(7), dev.gavel.sandbox.ByteSize.ofMiB(300))));
        compiled(compiler("1.0").compile(toy, List.of(source("main.toy", "print 2")), null));
        assertEquals(2, pool.runs.size());
        assertEquals(java.time.Duration.ofSeconds(7), pool.runs.get(0).limits().cpuTime());
        assertEquals(dev.gavel.sandbox.ByteSize.ofMiB(300), pool.runs.get(0).limits().memory());
        assertEquals(toy.details().compileTime(), pool.runs.get(1).limits().cpuTime());
        assertEquals(SandboxCompiler.COMPILE_LIMITS.memory(), pool.runs.get(1).limits().memory());
    }

    @Test
    void aCompilerThatCannotBeStartedIsTheJudgesFaultNotACompileError() throws IOException {
        pool.compilerMissing = true;
        var fault = assertInstanceOf(CompileOutcome.CompileFault.class,
                compiler("1.0").compile(toy, List.of(source("main.toy", "print 1")), null));
        assertTrue(fault.reason().contains("could not be started"), fault.reason());
    }

    @Test
    void aCompileErrorIsTheUsersAndIsNotCached() throws IOException {
        SandboxCompiler c = compiler("1.0");
        var ce = assertInstanceOf(CompileOutcome.CompileError.class, c.compile(toy, List.of(source("main.toy", "ERROR")), null));
        assertTrue(ce.output().contains("error: ERROR found"), ce.output());
        c.compile(toy, List.of(source("main.toy", "ERROR")), null);
        assertEquals(2, pool.runs.size());
    }

    @Test
    void aCompilerStoppedFromOutsideIsTheJudgesFaultButACrashIsACompileError() throws IOException {
        // a stop of the judge's whole process tree (systemd's default) reaches the compiler as SIGTERM
        for (int signal : new int[] {15, 9}) {
            pool.compilerSignal = signal;
            var fault = assertInstanceOf(CompileOutcome.CompileFault.class,
                    compiler("1.0").compile(toy, List.of(source("main.toy", "x")), null));
            assertTrue(fault.reason().contains("stopped by signal " + signal), fault.reason());
        }
        pool.compilerSignal = 11;
        var crash = assertInstanceOf(CompileOutcome.CompileError.class,
                compiler("1.0").compile(toy, List.of(source("main.toy", "x")), null));
        assertTrue(crash.output().contains("ended by signal 11"), crash.output());
    }

    @Test
    void compilerOutputIsTruncated() throws IOException {
        pool.noise = 200 * 1024;
        var c = compiled(compiler("1.0").compile(toy, List.of(source("main.toy", "x")), null));
        assertTrue(c.output().length() < SandboxCompiler.MAX_OUTPUT_BYTES + 100);
        assertTrue(c.output().endsWith("[compiler output truncated at 64 KiB]"));
    }

    @Test
    void aMissingToolchainOrASandboxFaultIsACompileFault() throws IOException {
        var missing = compiler(null).compile(toy, List.of(source("main.toy", "x")), null);
        assertTrue(assertInstanceOf(CompileOutcome.CompileFault.class, missing).reason().contains("not installed"));
        assertEquals(0, pool.runs.size());
        pool.fault = true;
        var fault = compiler("1.0").compile(toy, List.of(source("main.toy", "x")), null);
        assertTrue(assertInstanceOf(CompileOutcome.CompileFault.class, fault).reason().contains("helper died"));
    }

    @Test
    void anInterpretedLanguageWithoutACheckRunsNothing() throws IOException {
        Language script = catalog.byId("script").orElseThrow();
        var c = compiled(compiler("1.0").compile(script, List.of(source("prog.scr", "say 1")), null));
        assertEquals(0, pool.runs.size());
        assertEquals(List.of("interp", "prog.scr"), c.executable().runArgv(dev.gavel.sandbox.ByteSize.ofMiB(64)));
        assertEquals("say 1", Files.readString(c.executable().dir().resolve("prog.scr")));
    }

    @Test
    void executablesGetTheLanguagesLimitsAndEnvironment() throws IOException {
        Language java = LanguageCatalog.builtIn().byId("java").orElseThrow();
        var exe = new PreparedProgram(java, tmp, List.of("Main.java"), "Main.java", "Main");
        var limits = exe.adjust(dev.gavel.sandbox.RunLimits.defaults());
        assertTrue(limits.processes() >= 32, "a JVM needs threads");
        assertTrue(limits.openFiles() >= 128);
        assertEquals("/tmp", exe.runEnv().get("HOME"));
        assertTrue(exe.runEnv().get("PATH").contains("/usr/bin"));
        List<String> argv = exe.runArgv(dev.gavel.sandbox.ByteSize.ofMiB(512));
        assertTrue(argv.contains("-Xmx384m"), argv.toString());
        assertEquals("Main", argv.get(argv.size() - 1));
    }
}
