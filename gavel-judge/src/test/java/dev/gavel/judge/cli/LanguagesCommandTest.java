package dev.gavel.judge.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguagesCommandTest {

    @TempDir
    Path home;

    private String run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var cmd = new LanguagesCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--gavel-home=" + home);
        int code = new CommandLine(cmd).execute(all.toArray(String[]::new));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonHasExactlyTheDocumentedFields() throws Exception {
        // A verification recorded for another toolchain version does not count.
        Files.writeString(home.resolve("languages.json"), """
                {"bash": {"version": "GNU bash, version 0.1", "verified": true, "checkedAt": "2020-01-01T00:00:00Z",
                          "millis": 1, "failures": []}}
                """);
        JsonNode array = new ObjectMapper().readTree(run("--json", "--only", "bash,python3"));
        assertTrue(array.isArray());
        assertEquals(2, array.size());
        for (JsonNode o : array) {
            Set<String> fields = new java.util.TreeSet<>();
            o.fieldNames().forEachRemaining(fields::add);
            assertEquals(Set.of("id", "name", "version", "installed", "verified", "judge0_id"), fields);
            assertFalse(o.get("verified").asBoolean(), o.toString());
        }
        assertEquals("bash", array.get(0).get("id").asText());
        assertEquals(46, array.get(0).get("judge0_id").asInt());
        assertEquals(71, array.get(1).get("judge0_id").asInt());
    }

    @Test
    void anUnknownLanguageIsAClearUsageError() {
        var err = new ByteArrayOutputStream();
        var cmd = new LanguagesCommand(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        var line = new CommandLine(cmd).setErr(new java.io.PrintWriter(err, true, StandardCharsets.UTF_8));
        assertEquals(2, line.execute("--only", "cobra", "--gavel-home=" + home));
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("unknown language 'cobra'"), text);
        assertFalse(text.contains("Exception"), text);
    }

    @Test
    void tableListsEveryLanguage() {
        String table = run("--only", "c,cobol");
        assertTrue(table.startsWith("ID"), table);
        assertTrue(table.contains("C (GCC)"), table);
        assertTrue(table.contains("COBOL (GnuCOBOL)"), table);
        assertEquals(3, table.strip().split("\n").length, table);
    }
}
