package dev.gavel.judge.checker;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DefaultCheckerTest {

    @TempDir
    Path tmp;

    /** flags, answer, output, accepted?, a piece of the message when rejected. */
    record Case(String flags, String answer, String output, boolean accepted, String message) {
        @Override
        public String toString() {
            return "[" + flags + "] " + answer.replace("\n", "\\n") + " vs " + output.replace("\n", "\\n");
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                // plain tokens, white space and case blind
                new Case("", "42\n", "42\n", true, ""),
                new Case("", "42\n", "42", true, ""),
                new Case("", "1 2 3\n", "1\n2\t3   \n\n", true, ""),
                new Case("", "Yes\n", "yes\n", true, ""),
                new Case("", "42\n", "41\n", false, "expected '42', got '41' at token 1 (line 1)"),
                new Case("", "1 2\n3\n", "1 2\n4\n", false, "expected '3', got '4' at token 3 (line 2)"),
                new Case("", "1 2\n", "1 2 3\n", false, "extra output after the answer's 2 tokens: got '3'"),
                new Case("", "1 2 3\n", "1 2\n", false, "output ended after 2 tokens; expected '3' at token 3"),
                new Case("", "1\n", "", false, "output ended after 0 tokens"),
                new Case("", "", "", true, ""),
                new Case("", "\n\n", " ", true, ""),
                // without a tolerance numbers are words
                new Case("", "1\n", "1.0\n", false, "expected '1', got '1.0'"),
                new Case("", "0.5\n", ".5\n", false, "expected '0.5', got '.5'"),
                // case
                new Case("case_sensitive", "Yes\n", "yes\n", false, "expected 'Yes', got 'yes'"),
                new Case("case_sensitive", "Yes\n", "Yes\n", true, ""),
                // white space
                new Case("space_change_sensitive", "1 2\n", "1 2\n", true, ""),
                new Case("space_change_sensitive", "1 2\n", "1  2\n", false, "white space differs before token 2"),
                new Case("space_change_sensitive", "1 2\n", "1 2", false, "white space differs at the end"),
                new Case("space_change_sensitive", "1\n2\n", "1 2\n", false, "expected '\\n', got ' '"),
                // absolute tolerance
                new Case("float_absolute_tolerance 1e-6", "1.0\n", "1.0000009\n", true, ""),
                new Case("float_absolute_tolerance 1e-6", "1.0\n", "1.000002\n", false, "beyond the tolerance"),
                new Case("float_absolute_tolerance 1e-6", "1000000\n", "1000000.0000001\n", true, ""),
                new Case("float_absolute_tolerance 1e-6", "1\n", "1.0\n", true, ""),
                new Case("float_absolute_tolerance 0", "0.1\n", "1e-1\n", true, ""),
                new Case("float_absolute_tolerance 0", "0.1\n", "0.1000001\n", false, "beyond"),
                // relative tolerance
                new Case("float_relative_tolerance 1e-6", "1000000\n", "1000000.5\n", true, ""),
                new Case("float_relative_tolerance 1e-6", "1000000\n", "1000002\n", false, "beyond"),
                new Case("float_relative_tolerance 1e-6", "0\n", "1e-300\n", false, "beyond"),
                // both
                new Case("float_tolerance 1e-4", "0\n", "0.00009\n", true, ""),
                new Case("float_tolerance 1e-4", "100000\n", "100009\n", true, ""),
                new Case("float_tolerance 1e-4", "100000\n", "100011\n", false, "beyond"),
                // exponent formats
                new Case("float_tolerance 1e-9", "1500\n", "1.5e3\n", true, ""),
                new Case("float_tolerance 1e-9", "1500\n", "1.5E+03\n", true, ""),
                new Case("float_tolerance 1e-9", "0.0015\n", "15e-4\n", true, ""),
                new Case("float_tolerance 1e-9", "-0.0\n", "0\n", true, ""),
                new Case("float_tolerance 1e-9", "+2\n", "2.\n", true, ""),
                // NaN, infinity and other junk never pass for a number
                new Case("float_tolerance 1e-6", "1.5\n", "nan\n", false, "expected a number like '1.5', got 'nan'"),
                new Case("float_tolerance 1e-6", "1.5\n", "NaN\n", false, "got 'NaN'"),
                new Case("float_tolerance 1e-6", "1e308\n", "inf\n", false, "got 'inf'"),
                new Case("float_tolerance 1e-6", "1.5\n", "0x1.8p0\n", false, "got '0x1.8p0'"),
                new Case("float_tolerance 1e-6", "1.5\n", "1.5e\n", false, "got '1.5e'"),
                new Case("float_tolerance 1e-6", "1.5\n", "1,5\n", false, "got '1,5'"),
                // an answer token that is a word is compared as a word, also with a tolerance
                new Case("float_tolerance 1e-6", "inf\n", "INF\n", true, ""),
                new Case("float_tolerance 1e-6", "impossible\n", "possible\n", false, "expected 'impossible'"),
                new Case("float_tolerance 1e-6 case_sensitive", "Yes 0.5\n", "yes 0.5\n", false, "expected 'Yes'"),
                // huge values beyond double range compare exactly as decimals
                new Case("float_tolerance 1e-6", "1e400\n", "1e400\n", true, ""),
                new Case("float_tolerance 1e-6", "1e400\n", "2e400\n", false, "beyond"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void judgesTokensAsTheKattisDefaultValidator(Case c) throws IOException {
        Path answer = Files.writeString(tmp.resolve("answer"), c.answer);
        Path output = Files.writeString(tmp.resolve("output"), c.output);
        List<String> flags = c.flags.isEmpty() ? List.of() : List.of(c.flags.split(" "));
        CheckResult r = DefaultChecker.fromFlags(flags).check(new CheckInput(answer, answer, output, flags));
        if (c.accepted) {
            assertInstanceOf(CheckResult.Accepted.class, r, c.toString() + " -> " + r);
        } else {
            CheckResult.WrongAnswer wa = assertInstanceOf(CheckResult.WrongAnswer.class, r, c + " -> " + r);
            assertTrue(wa.message().contains(c.message), c + ": message was: " + wa.message());
        }
    }

    @Test
    void longTokensAreCutInMessages() throws IOException {
        Path answer = Files.writeString(tmp.resolve("answer"), "a".repeat(500));
        Path output = Files.writeString(tmp.resolve("output"), "b".repeat(500));
        CheckResult.WrongAnswer wa = (CheckResult.WrongAnswer) DefaultChecker.plain()
                .check(new CheckInput(answer, answer, output, List.of()));
        assertTrue(wa.message().length() < 150, wa.message());
        assertTrue(wa.message().contains("…"), wa.message());
    }

    @Test
    void missingOutputIsAJudgeErrorNotTheSubmissions() {
        CheckResult r = DefaultChecker.plain().check(new CheckInput(tmp.resolve("x"), tmp.resolve("x"),
                tmp.resolve("y"), List.of()));
        assertInstanceOf(CheckResult.JudgeError.class, r);
    }

    @Test
    void rejectsUnknownAndIncompleteFlags() {
        assertEquals("unknown default validator flag 'float_tol' (known: case_sensitive, space_change_sensitive, "
                        + "float_absolute_tolerance, float_relative_tolerance, float_tolerance)",
                assertThrows(IllegalArgumentException.class,
                        () -> DefaultChecker.fromFlags(List.of("float_tol", "1"))).getMessage());
        assertEquals("flag 'float_tolerance' needs a number after it", assertThrows(IllegalArgumentException.class,
                () -> DefaultChecker.fromFlags(List.of("float_tolerance"))).getMessage());
        assertEquals("flag 'float_tolerance' needs a non-negative number, found '-1'",
                assertThrows(IllegalArgumentException.class,
                        () -> DefaultChecker.fromFlags(List.of("float_tolerance", "-1"))).getMessage());
    }
}
