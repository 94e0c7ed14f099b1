package dev.gavel.server.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What a problem page shows: statement, limits, samples, languages and a code stub for each.
 *
 * @param statementFormat {@code markdown}, {@code latex}, {@code html}, {@code pdf} (the package has only a PDF,
 *                        served at the page's {@code …/statement.pdf}) or {@code none}
 */
public record ProblemPage(String slug, String name, String difficulty, List<String> tags, boolean scoring,
                          boolean interactive, long timeLimitMs, long memoryLimitMib, String statementFormat,
                          String statement, List<Sample> samples, List<LanguageChoice> languages,
                          Map<String, String> stubs) {

    /** This page offering only the languages that pass the test (and their stubs). */
    public ProblemPage withLanguages(Predicate<String> offered) {
        List<LanguageChoice> kept = languages.stream().filter(l -> offered.test(l.id())).toList();
        Map<String, String> keptStubs = new LinkedHashMap<>();
        stubs.forEach((id, stub) -> {
            if (offered.test(id)) keptStubs.put(id, stub);
        });
        return new ProblemPage(slug, name, difficulty, tags, scoring, interactive, timeLimitMs, memoryLimitMib,
                statementFormat, statement, samples, kept, keptStubs);
    }

    public record Sample(String name, String input, String output, String interaction) {
    }

    public record LanguageChoice(String id, String name, int judge0Id) {
    }
}
