package dev.gavel.server.problem;

import dev.gavel.judge.language.Language;
import dev.gavel.judge.problem.Problem;
import dev.gavel.judge.problem.TestCase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** Reads what a problem page needs from a loaded package: statement, samples, keywords. */
final class PackageReader {

    private static final int MAX_STATEMENT = 256 * 1024;
    private static final int MAX_SAMPLE = 64 * 1024;
    private static final List<String> STATEMENT_DIRS = List.of("statement", "problem_statement");
    private static final Map<String, String> STATEMENT_FORMATS = Map.of("md", "markdown", "tex", "latex",
            "html", "html");

    private PackageReader() {
    }

    /** The page of a stored problem (its difficulty and tags come from its row, read from problem.yaml at import). */
    static ProblemPage page(StoredProblem stored, Problem problem, Duration timeLimit, List<Language> languages,
                            Map<String, String> stubs) {
        String[] statement = statement(problem.root());
        List<ProblemPage.LanguageChoice> choices = languages.stream()
                .map(l -> new ProblemPage.LanguageChoice(l.id(), l.name(), l.judge0Id())).toList();
        return new ProblemPage(stored.slug(), problem.name(), stored.difficulty(), stored.tags(), problem.scoring(),
                problem.validation().interactive(), timeLimit.toMillis(), problem.limits().memory().mib(),
                statement[0], statement[1], samples(problem), choices, stubs);
    }

    static String difficulty(Map<String, Object> yaml) {
        Object d = yaml.get("difficulty");
        return d == null ? null : String.valueOf(d);
    }

    /** {@code keywords} of problem.yaml: a list, or one string of words separated by spaces or commas. */
    static List<String> keywords(Map<String, Object> yaml) {
        Object k = yaml.get("keywords");
        if (k instanceof List<?> list) return list.stream().map(String::valueOf).map(String::strip).toList();
        if (k instanceof String s && !s.isBlank()) return List.of(s.strip().split("[\\s,]+"));
        return List.of();
    }

    static Map<String, Object> problemYaml(Path root) {
        Path file = root.resolve("problem.yaml");
        if (!Files.isRegularFile(file)) return Map.of();
        try (InputStream in = Files.newInputStream(file)) {
            Object parsed = new Yaml(new LoaderOptions()).load(in);
            if (parsed instanceof Map<?, ?> m) {
                Map<String, Object> out = new LinkedHashMap<>();
                m.forEach((key, value) -> out.put(String.valueOf(key), value));
                return out;
            }
        } catch (IOException | RuntimeException ignored) {
            // the loader already validated problem.yaml; a page without keywords is no reason to fail
        }
        return Map.of();
    }

    /** {format, text}: the English statement if there is one, else the first language's; a PDF only as a link. */
    private static String[] statement(Path root) {
        Optional<Path> text = statementFile(root, List.of("md", "html", "tex"));
        if (text.isPresent()) {
            String n = text.get().getFileName().toString();
            return new String[] {STATEMENT_FORMATS.get(n.substring(n.lastIndexOf('.') + 1)),
                    read(text.get(), MAX_STATEMENT)};
        }
        return statementPdf(root).isPresent() ? new String[] {"pdf", ""} : new String[] {"none", ""};
    }

    /** The package's PDF statement (English first), for a package whose statement is only a PDF. */
    public static Optional<Path> statementPdf(Path root) {
        return statementFile(root, List.of("pdf"));
    }

    /**
     * The statement file of the first of these kinds that the package has, in the first statement folder that has
     * one: {@code problem.en.<ext>}, then {@code problem.<ext>}, then any language's.
     */
    private static Optional<Path> statementFile(Path root, List<String> extensions) {
        String anyLanguage = "problem\\.\\w+\\.(" + String.join("|", extensions) + ")";
        for (String dir : STATEMENT_DIRS) {
            Path d = root.resolve(dir);
            if (!Files.isDirectory(d)) continue;
            for (String ext : extensions) {
                for (String name : List.of("problem.en." + ext, "problem." + ext)) {
                    if (Files.isRegularFile(d.resolve(name))) return Optional.of(d.resolve(name));
                }
            }
            try (var files = Files.list(d)) {
                Optional<Path> any = files.filter(f -> f.getFileName().toString().matches(anyLanguage))
                        .sorted().findFirst();
                if (any.isPresent()) return any;
            } catch (IOException ignored) {
                // nothing listed here
            }
        }
        return Optional.empty();
    }

    private static List<ProblemPage.Sample> samples(Problem problem) {
        List<ProblemPage.Sample> samples = new ArrayList<>();
        for (TestCase t : problem.tests()) {
            if (!t.sample()) continue;
            Path interaction = t.input().resolveSibling(stem(t.input()) + ".interaction");
            samples.add(new ProblemPage.Sample(t.name(), read(t.input(), MAX_SAMPLE), read(t.answer(), MAX_SAMPLE),
                    Files.isRegularFile(interaction) ? read(interaction, MAX_SAMPLE) : null));
        }
        return samples;
    }

    private static String stem(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? n : n.substring(0, dot);
    }

    private static String read(Path f, int max) {
        if (f == null || !Files.isRegularFile(f)) return "";
        try (InputStream in = Files.newInputStream(f)) {
            byte[] bytes = in.readNBytes(max + 1);
            String text = new String(bytes, 0, Math.min(bytes.length, max), StandardCharsets.UTF_8);
            return bytes.length > max ? text + "\n[... cut at " + max / 1024 + " KiB]" : text;
        } catch (IOException e) {
            return "";
        }
    }
}
