package dev.gavel.judge.language;

import dev.gavel.judge.Verdict;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageCatalogTest {

    private final LanguageCatalog catalog = LanguageCatalog.builtIn();

    @Test
    void builtInHasAtLeastThirtyLanguagesWithUniqueIds() {
        List<Language> all = catalog.all();
        assertTrue(all.size() >= 30, "only " + all.size() + " languages");
        Set<String> ids = all.stream().map(Language::id).collect(Collectors.toSet());
        assertEquals(all.size(), ids.size(), "ids are not unique");
        Set<Integer> judge0 = all.stream().map(Language::judge0Id).collect(Collectors.toSet());
        assertEquals(all.size(), judge0.size(), "Judge0 ids are not unique");
    }

    @Test
    void theLanguagesOfTheBriefAreThere() {
        for (String id : List.of("c", "cpp17", "cpp20", "java", "kotlin", "scala", "python3", "pypy3", "javascript",
                "typescript", "go", "rust", "csharp", "haskell", "ocaml", "pascal", "fortran", "ada", "ruby", "php",
                "perl", "lua", "bash", "awk", "r", "prolog", "scheme", "erlang", "elixir", "commonlisp", "d", "nim",
                "groovy", "clojure", "tcl", "cobol")) {
            assertTrue(catalog.byId(id).isPresent(), id);
        }
    }

    @Test
    void everyLanguageHasACompleteSelfTestSuite() {
        for (Language l : catalog.all()) {
            List<SelfTest> suite = SelfTest.suiteOf(l);
            Set<String> names = suite.stream().map(SelfTest::name).collect(Collectors.toSet());
            for (String t : List.of("hello", "aplusb", "re", "tle", "mle")) {
                assertTrue(names.contains(t), l.id() + " has no " + t + " self-test");
            }
            if (l.prepared()) {
                assertTrue(names.contains("ce"), l.id() + " compiles or checks sources but has no ce self-test");
            }
            assertEquals(Verdict.AC, suite.get(0).expected());
        }
    }

    @Test
    void extensionsSelectTheDefaultLanguage() {
        assertEquals("cpp20", catalog.forFile(Path.of("a.cpp")).orElseThrow().id());
        assertEquals("cpp20", catalog.forFile(Path.of("dir/b.cc")).orElseThrow().id());
        assertEquals("c", catalog.forFile(Path.of("a.c")).orElseThrow().id());
        assertEquals("python3", catalog.forFile(Path.of("sol.py")).orElseThrow().id());
        assertEquals("java", catalog.forFile(Path.of("Main.java")).orElseThrow().id());
        assertEquals("kotlin", catalog.forFile(Path.of("main.kt")).orElseThrow().id());
        assertEquals("r", catalog.forFile(Path.of("x.R")).orElseThrow().id());
        assertEquals("r", catalog.forFile(Path.of("x.r")).orElseThrow().id());
        assertFalse(catalog.forFile(Path.of("util.h")).isPresent());
        assertFalse(catalog.forFile(Path.of("util.hpp")).isPresent());
        assertFalse(catalog.forFile(Path.of("README")).isPresent());
        assertFalse(catalog.forFile(Path.of("data.xyz")).isPresent());
        assertEquals("cpp20", catalog.forFiles(List.of(Path.of("a.cpp"), Path.of("a.h"), Path.of("b.cpp"))).orElseThrow().id());
        assertFalse(catalog.forFiles(List.of(Path.of("a.cpp"), Path.of("b.py"))).isPresent());
    }

    @Test
    void lookupByIdAndJudge0Id() {
        assertEquals("cpp17", catalog.byJudge0Id(54).orElseThrow().id());
        assertEquals("python3", catalog.byJudge0Id(71).orElseThrow().id());
        assertEquals("java", catalog.byJudge0Id(62).orElseThrow().id());
        assertEquals("c", catalog.byJudge0Id(50).orElseThrow().id());
        assertFalse(catalog.byJudge0Id(9999).isPresent());
        assertEquals("cpp17", catalog.byJudge0Id(52).orElseThrow().id(), "C++ (GCC 7.4.0) of Judge0");
        assertEquals("c", catalog.byJudge0Id(48).orElseThrow().id(), "C (GCC 7.4.0) of Judge0");
        assertFalse(catalog.byJudge0Id(70).isPresent(), "Python 2 is not Python 3");
        assertEquals("go", catalog.byId("GO").orElseThrow().id());
        assertFalse(catalog.byId("brainfuck").isPresent());
    }

    /** A Judge0 id below 1000 must name the same language in Judge0's own list; ids above 1000 are Gavel's. */
    @Test
    void judge0IdsMatchJudge0sNames() throws IOException {
        Map<Integer, String> judge0 = new HashMap<>();
        try (InputStream in = getClass().getResourceAsStream("judge0-language-ids.tsv")) {
            String tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : tsv.split("\n")) {
                String[] f = line.split("\t");
                if (f.length == 2 && f[0].matches("\\d+")) {
                    judge0.put(Integer.parseInt(f[0]), f[1].strip());
                }
            }
        }
        for (Language l : catalog.all()) {
            if (l.judge0Id() > 1000) {
                continue; // Gavel's own id: a language (or variant, like C++20 or PyPy) Judge0 does not have
            }
            String theirs = judge0.get(l.judge0Id());
            assertTrue(theirs != null, l.id() + ": Judge0 has no id " + l.judge0Id());
            assertEquals(base(theirs), base(l.name()), l.id() + ": Judge0 id " + l.judge0Id() + " is " + theirs);
            for (int alias : l.details().judge0Aliases()) {
                String aliasName = judge0.get(alias);
                assertTrue(aliasName != null && base(aliasName).equals(base(l.name())), l.id() + ": alias " + alias + " is " + aliasName);
            }
        }
    }

    /** "C++17 (GCC)" → "C++", "Python 3" → "Python", "JavaScript (Node.js 12.14.0)" → "JavaScript". */
    private static String base(String name) {
        int paren = name.indexOf(" (");
        String s = paren < 0 ? name : name.substring(0, paren);
        return s.replaceAll("[\\s\\d.]+$", "");
    }

    @Test
    void aGoodEntryParses() {
        var c = LanguageCatalog.parse("""
                - id: toy
                  name: Toy
                  judge0_id: 2001
                  extensions: [toy]
                  source: main.toy
                  compile: [toyc, -o, main, '{sources}']
                  run: [./main]
                  version: [toyc, --version]
                """, "test.yaml");
        Language toy = c.byId("toy").orElseThrow();
        assertTrue(toy.compiled());
        assertEquals("main.toy", toy.details().sourceName());
        assertEquals(Language.MemoryModel.NATIVE, toy.memoryModel());
        assertEquals(1, toy.details().processes());
    }

    @Test
    void badEntriesAreRejectedNamingEntryAndField() {
        String good = """
                - id: toy
                  name: Toy
                  judge0_id: 2001
                  extensions: [toy]
                  source: main.toy
                  run: [toy, '{main}']
                  version: [toy, --version]
                """;
        assertError(good.replace("  run: [toy, '{main}']\n", ""), "entry 1 (toy), field 'run': missing");
        assertError(good + good.replace("2001", "2002").replace("[toy]", "[toy2]"), "duplicate id 'toy'");
        assertError(good + good.replace("id: toy", "id: other").replace("2001", "2002"), "extension '.toy' already selects 'toy'");
        assertError(good + good.replace("id: toy", "id: other").replace("[toy]", "[x]"), "Judge0 id 2001 is already used");
        assertError(good.replace("'{main}'", "'{mian}'"), "unknown placeholder {mian}");
        assertError(good.replace("'{main}'", "'--files={sources}'"), "{sources} must be a whole argument");
        assertError(good.replace("source: main.toy", "source: main.toy\n  colour: blue"), "field 'colour': unknown field");
        assertError(good.replace("extensions: [toy]", "extensions: [.toy]"), "without the dot");
        assertError(good.replace("source: main.toy", "source: main.toy\n  memory: QUANTUM"), "'QUANTUM' is not one of");
        assertError(good.replace("id: toy", "id: Toy!"), "must be lower-case");
        assertError(good + good.replace("id: toy", "id: other").replace("2001", "2002").replace("[toy]", "[x]")
                .replace("source: main.toy", "source: main.toy\n  judge0_aliases: [2001]"), "Judge0 id 2001 is already used");
        assertError("just: a map", "expected a list");
        assertError("- [unclosed", "not valid YAML");
    }

    private static void assertError(String yaml, String expected) {
        var e = assertThrows(IllegalArgumentException.class, () -> LanguageCatalog.parse(yaml, "test.yaml"));
        assertTrue(e.getMessage().contains(expected), "message was: " + e.getMessage());
        assertTrue(e.getMessage().startsWith("test.yaml"), "message does not name the file: " + e.getMessage());
    }

    @Test
    void placeholdersExpand() {
        Language java = catalog.byId("java").orElseThrow();
        var p = new Placeholders(List.of("A.java", "B.java"), "A.java", "pkg.A", dev.gavel.sandbox.ByteSize.ofMiB(256));
        List<String> run = p.expand(java.run());
        assertTrue(run.contains("-Xmx192m"), run.toString());
        assertEquals("pkg.A", run.get(run.size() - 1));
        List<String> compile = p.expand(java.compile());
        assertEquals(List.of("A.java", "B.java"), compile.subList(compile.size() - 2, compile.size()));
        Set<String> seen = new HashSet<>(compile);
        assertFalse(seen.stream().anyMatch(a -> a.contains("{")), compile.toString());
    }
}
