package dev.gavel.server.problem;

import java.util.List;
import java.util.Map;

/**
 * What a problem page shows: statement, limits, samples, languages and a code stub for each.
 *
 * @param statementFormat {@code markdown}, {@code latex}, {@code html} or {@code none}
 */
public record ProblemPage(String slug, String name, String difficulty, List<String> tags, boolean scoring,
                          boolean interactive, long timeLimitMs, long memoryLimitMib, String statementFormat,
                          String statement, List<Sample> samples, List<LanguageChoice> languages,
                          Map<String, String> stubs) {

    public record Sample(String name, String input, String output, String interaction) {
    }

    public record LanguageChoice(String id, String name, int judge0Id) {
    }
}
