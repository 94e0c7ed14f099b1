package dev.gavel.judge.problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A loaded problem package.
 *
 * @param root        the package directory (for a zip, where it was extracted)
 * @param shortName   the package's directory or zip name without extension
 * @param names       the problem's name by language code ({@code en}, ...)
 * @param format      the format version of its {@code problem.yaml}
 * @param scoring     a scoring problem (else pass-fail)
 * @param validation  how output is judged
 * @param limits      its limits
 * @param data        the test data tree ({@code data/})
 * @param entryPoints entry points of multi-file submissions by path below {@code submissions/} (from
 *                    {@code submissions.yaml} / {@code submissions.json})
 */
public record Problem(Path root, String shortName, Map<String, String> names, ProblemFormat format, boolean scoring,
                      ValidationSpec validation, ProblemLimits limits, TestGroup data,
                      Map<String, String> entryPoints) {

    public Problem {
        names = Map.copyOf(names);
        entryPoints = Map.copyOf(entryPoints);
    }

    /** The English name, else any name, else the short name. */
    public String name() {
        if (names.containsKey("en")) return names.get("en");
        return names.values().stream().sorted().findFirst().orElse(shortName);
    }

    /** Every test in judging order: samples, then secret, lexicographic within a group. */
    public List<TestCase> tests() {
        return data.allTests();
    }

    public Problem withLimits(ProblemLimits l) {
        return new Problem(root, shortName, names, format, scoring, validation, l, data, entryPoints);
    }
}
