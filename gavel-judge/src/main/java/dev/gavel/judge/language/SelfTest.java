package dev.gavel.judge.language;

import dev.gavel.judge.Verdict;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One self-test of a language: a program (from {@code selftest/<id>/}), its input, and the outcome it must get.
 *
 * <p>A suite is the folder {@code selftest/<id>/} with {@code main.<ext>} (one program that greets on empty input,
 * adds two numbers, or on the words {@code re}, {@code tle}, {@code mle} fails in that way, so each language
 * compiles once) and {@code ce.<ext>} (a program that must not compile, for every language with a compile step
 * or syntax check). A file {@code hello.<ext>}, {@code aplusb.<ext>}, ... replaces {@code main.<ext>} for that test.
 *
 * @param name     test name: hello, aplusb, re, tle, mle, ce
 * @param source   the program's text
 * @param stdin    the program's input
 * @param expected the verdict it must earn
 * @param output   for AC: the exact output (trailing white space ignored)
 */
public record SelfTest(String name, String source, String stdin, Verdict expected, String output) {

    static final String RESOURCE_DIR = "selftest/";

    /** The suite of a language, or empty if it has none. */
    public static List<SelfTest> suiteOf(Language language) {
        String ext = LanguageCatalog.extension(language.details().sourceName());
        Optional<String> main = resource(language, "main", ext);
        List<SelfTest> tests = new ArrayList<>();
        add(tests, language, ext, main, "hello", "", Verdict.AC, "Hello, World!");
        add(tests, language, ext, main, "aplusb", "20 22\n", Verdict.AC, "42");
        add(tests, language, ext, main, "re", "re\n", Verdict.RE, "");
        add(tests, language, ext, main, "tle", "tle\n", Verdict.TLE, "");
        add(tests, language, ext, main, "mle", "mle\n", Verdict.MLE, "");
        resource(language, "ce", ext).ifPresent(s -> tests.add(new SelfTest("ce", s, "", Verdict.CE, "")));
        return tests;
    }

    private static void add(List<SelfTest> tests, Language language, String ext, Optional<String> main, String name,
                            String stdin, Verdict expected, String output) {
        resource(language, name, ext).or(() -> main)
                .ifPresent(source -> tests.add(new SelfTest(name, source, stdin, expected, output)));
    }

    static Optional<String> resource(Language language, String name, String ext) {
        String path = RESOURCE_DIR + language.id() + "/" + name + "." + ext;
        try (InputStream in = SelfTest.class.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the self-test " + path, e);
        }
    }
}
