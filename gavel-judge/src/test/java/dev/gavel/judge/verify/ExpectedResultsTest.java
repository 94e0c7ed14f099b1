package dev.gavel.judge.verify;

import dev.gavel.judge.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExpectedResultsTest {

    @TempDir
    Path tmp;

    @Test
    void foldersMapToVerdicts() {
        assertEquals(Optional.of(Set.of(Verdict.AC)), ExpectedResults.ofFolder("accepted"));
        assertEquals(Optional.of(Set.of(Verdict.WA)), ExpectedResults.ofFolder("wrong_answer"));
        assertEquals(Optional.of(Set.of(Verdict.TLE)), ExpectedResults.ofFolder("time_limit_exceeded"));
        assertEquals(Optional.of(Set.of(Verdict.RE)), ExpectedResults.ofFolder("run_time_error"));
        assertEquals(Optional.of(Set.of(Verdict.MLE)), ExpectedResults.ofFolder("memory_limit_exceeded"));
        assertEquals(Optional.of(Set.of(Verdict.OLE)), ExpectedResults.ofFolder("output_limit_exceeded"));
        assertEquals(Optional.of(Set.of(Verdict.CE)), ExpectedResults.ofFolder("compile_error"));
        Set<Verdict> rejected = ExpectedResults.ofFolder("rejected").orElseThrow();
        assertFalse(rejected.contains(Verdict.AC));
        assertFalse(rejected.contains(Verdict.SE), "a judge fault never matches");
        assertTrue(rejected.containsAll(EnumSet.of(Verdict.WA, Verdict.TLE, Verdict.RE, Verdict.MLE, Verdict.CE)));
        assertEquals(Optional.of(Set.of(Verdict.AC)), ExpectedResults.ofFolder("partially_accepted"));
        assertEquals(Optional.empty(), ExpectedResults.ofFolder("slow_but_fine"));
    }

    @Test
    void parsesDomjudgeAndGavelWords() {
        assertEquals(Optional.of(Set.of(Verdict.WA, Verdict.RE)),
                ExpectedResults.parse("// @EXPECTED_RESULTS@: WRONG-ANSWER, RUN-ERROR\nint main(){}"));
        assertEquals(Optional.of(Set.of(Verdict.AC, Verdict.TLE)),
                ExpectedResults.parse("# @EXPECTED_RESULTS@: CORRECT,TIMELIMIT"));
        assertEquals(Optional.of(Set.of(Verdict.WA)), ExpectedResults.parse("/* @EXPECTED_RESULTS@: NO-OUTPUT */"));
        assertEquals(Optional.of(Set.of(Verdict.CE, Verdict.OLE)),
                ExpectedResults.parse("-- @EXPECTED_RESULTS@: COMPILER-ERROR OUTPUT-LIMIT"));
        assertEquals(Optional.of(Set.of(Verdict.MLE, Verdict.WA)),
                ExpectedResults.parse("@EXPECTED_RESULTS@: MLE, wrong_answer"));
        assertEquals(Optional.empty(), ExpectedResults.parse("int main() { return 0; }"));
        assertEquals(Optional.empty(), ExpectedResults.parse("// No @EXPECTED_RESULTS@ line: the folder says it."));
    }

    @Test
    void anUnknownWordIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExpectedResults.parse("@EXPECTED_RESULTS@: CORRECT, PERHAPS"));
        assertTrue(e.getMessage().startsWith("unknown verdict 'PERHAPS'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ExpectedResults.parse("@EXPECTED_RESULTS@: "));
    }

    @Test
    void theMarkerOverridesTheFolder() throws Exception {
        Path plain = Files.writeString(tmp.resolve("a.py"), "print(1)\n");
        Path marked = Files.writeString(tmp.resolve("b.py"), "# @EXPECTED_RESULTS@: TIMELIMIT, CORRECT\n");
        assertEquals(Set.of(Verdict.AC), ExpectedResults.of("accepted", List.of(plain), tmp).allowed());
        Expectation e = ExpectedResults.of("accepted", List.of(plain, marked), tmp);
        assertEquals(List.of(Verdict.AC, Verdict.TLE), e.sorted());
        assertEquals("@EXPECTED_RESULTS@ in b.py", e.source());
        assertFalse(ExpectedResults.of("other", List.of(plain), tmp).checked());
    }

    @Test
    void aBadMarkerNamesTheFile() throws Exception {
        Path bad = Files.writeString(tmp.resolve("c.py"), "# @EXPECTED_RESULTS@: GREAT\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExpectedResults.of("accepted", List.of(bad), tmp));
        assertTrue(e.getMessage().startsWith("c.py: unknown verdict 'GREAT'"), e.getMessage());
    }
}
