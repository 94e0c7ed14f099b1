package dev.gavel.judge.problem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Walks {@code data/}: every directory is a group, every {@code .in} with its {@code .ans} a test. A group's grading
 * comes from its own {@code testdata.yaml} or, without one, from the closest ancestor's (as the format says).
 */
final class TestDataLoader {

    private final Path root;
    private final String shortName;
    private final ProblemFormat format;
    private final boolean scoring;
    private final Issues issues;

    TestDataLoader(Path root, String shortName, ProblemFormat format, boolean scoring, Issues issues) {
        this.root = root;
        this.shortName = shortName;
        this.format = format;
        this.scoring = scoring;
        this.issues = issues;
    }

    TestGroup load() {
        Path data = root.resolve("data");
        if (!Files.isDirectory(data)) {
            issues.add(shortName + "/data/", "missing: no test data");
            return new TestGroup("", GradingSpec.defaults(), List.of());
        }
        GradingSpec rootDefaults = GradingSpec.defaults();
        if (format == ProblemFormat.V2023_07 && scoring) {
            rootDefaults = new GradingSpec(GradingSpec.Aggregation.SUM, false, false, false, false, 1.0, 0.0,
                    Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, null, List.of(), List.of());
        }
        TestGroup group = group(data, "", rootDefaults);
        if (group.allTests().isEmpty()) {
            issues.add(shortName + "/data/", "holds no test (no .in file with its .ans)");
        }
        return group;
    }

    private TestGroup group(Path dir, String name, GradingSpec inherited) {
        String display = shortName + "/data/" + (name.isEmpty() ? "" : name + "/");
        GradingSpec spec = inherited;
        Path testdata = dir.resolve("testdata.yaml");
        if (Files.isRegularFile(testdata)) {
            spec = testdata(testdata, display + "testdata.yaml", inherited);
        } else if (format == ProblemFormat.V2023_07 && name.equals("sample") && scoring) {
            spec = withGroupScore(inherited, 0.0);
        } else if (inherited.groupScore() != null) {
            spec = withGroupScore(inherited, null);
        }
        List<TestNode> children = new ArrayList<>();
        for (Path p : ProblemLoader.list(dir, display, issues)) {
            String file = p.getFileName().toString();
            String childName = name.isEmpty() ? file : name + "/" + file;
            if (Files.isDirectory(p)) {
                if (!file.startsWith(".")) children.add(group(p, childName, spec));
            } else if (file.endsWith(".in")) {
                String base = file.substring(0, file.length() - 3);
                Path ans = dir.resolve(base + ".ans");
                if (!Files.isRegularFile(ans)) {
                    issues.add(display + file, "has no answer file " + base + ".ans");
                    continue;
                }
                String testName = name.isEmpty() ? base : name + "/" + base;
                children.add(new TestCase(testName, p, ans, testName.equals("sample") || testName.startsWith("sample/")));
            }
        }
        children.sort(Comparator.comparing(TestDataLoader::leaf));
        return new TestGroup(name, spec, children);
    }

    private static GradingSpec withGroupScore(GradingSpec s, Double score) {
        return new GradingSpec(s.aggregation(), s.worstError(), s.acceptIfAnyAccepted(), s.ignoreSample(),
                s.breakOnReject(), s.acceptScore(), s.rejectScore(), s.minScore(), s.maxScore(), score,
                s.outputValidatorFlags(), s.inputValidatorFlags());
    }

    private GradingSpec testdata(Path file, String display, GradingSpec inherited) {
        Map<String, Object> m = Yamls.readMap(file, display, issues);
        Yamls y = new Yamls(issues, display);
        GradingSpec d = GradingSpec.defaults();
        GradingSpec.Aggregation aggregation = d.aggregation();
        boolean worst = false;
        boolean anyAccepted = false;
        boolean ignoreSample = false;
        boolean breakOnReject = format == ProblemFormat.LEGACY || !scoring;

        String grading = y.string(m, "grading", "default");
        if (!grading.equals("default")) y.error("'grading: " + grading + "' is not supported (only default)");
        for (String flag : Yamls.splitArgs(y.string(m, "grader_flags", ""))) {
            switch (flag) {
                case "sum" -> aggregation = GradingSpec.Aggregation.SUM;
                case "min" -> aggregation = GradingSpec.Aggregation.MIN;
                case "max" -> aggregation = GradingSpec.Aggregation.MAX;
                case "avg" -> aggregation = GradingSpec.Aggregation.AVG;
                case "first_error" -> worst = false;
                case "worst_error" -> worst = true;
                case "ignore_sample" -> ignoreSample = true;
                case "accept_if_any_accepted" -> anyAccepted = true;
                default -> y.error("unknown grader flag '" + flag + "' (known: sum, min, max, avg, first_error, "
                        + "worst_error, ignore_sample, accept_if_any_accepted)");
            }
        }
        String onReject = y.string(m, "on_reject", null);
        if (onReject != null) {
            switch (onReject) {
                case "break" -> breakOnReject = true;
                case "continue" -> breakOnReject = false;
                default -> y.error("'on_reject' must be 'break' or 'continue', found '" + onReject + "'");
            }
        }
        double accept = y.number(m, "accept_score", d.acceptScore());
        double reject = y.number(m, "reject_score", d.rejectScore());
        double lo = Double.NEGATIVE_INFINITY;
        double hi = Double.POSITIVE_INFINITY;
        String range = y.string(m, "range", null);
        if (range != null) {
            List<String> parts = Yamls.splitArgs(range);
            try {
                if (parts.size() != 2) throw new NumberFormatException();
                lo = bound(parts.get(0));
                hi = bound(parts.get(1));
                if (lo > hi) y.error("'range' lower end is above its upper end: '" + range + "'");
            } catch (NumberFormatException e) {
                y.error("'range' must be two numbers like '0 100' or '-inf +inf', found '" + range + "'");
            }
        }
        Double groupScore = null;
        Map<String, Object> scoringMap = y.map(m, "scoring");
        if (!scoringMap.isEmpty()) {
            Object score = scoringMap.get("score");
            if (score instanceof Number n) {
                groupScore = n.doubleValue();
            } else if (score != null && !"unbounded".equals(score)) {
                y.error("'scoring.score' must be a number or 'unbounded', found '" + score + "'");
            }
            String agg = y.string(scoringMap, "aggregation", "sum").toLowerCase(Locale.ROOT);
            switch (agg) {
                case "sum" -> aggregation = GradingSpec.Aggregation.SUM;
                case "min" -> {
                    aggregation = GradingSpec.Aggregation.MIN;
                    breakOnReject = true;
                }
                case "pass-fail" -> {
                    aggregation = GradingSpec.Aggregation.MIN;
                    breakOnReject = true;
                }
                default -> y.error("'scoring.aggregation' must be 'sum' or 'min', found '" + agg + "'");
            }
        }
        List<String> outFlags = new ArrayList<>(y.args(m, "output_validator_flags"));
        outFlags.addAll(y.args(m, "output_validator_args"));
        List<String> inFlags = new ArrayList<>();
        if (!(m.get("input_validator_flags") instanceof Map)) inFlags.addAll(y.args(m, "input_validator_flags"));
        if (!(m.get("input_validator_args") instanceof Map)) inFlags.addAll(y.args(m, "input_validator_args"));
        return new GradingSpec(aggregation, worst, anyAccepted, ignoreSample, breakOnReject, accept, reject, lo, hi,
                groupScore, outFlags, inFlags);
    }

    private static double bound(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "inf", "+inf", "infinity", "+infinity" -> Double.POSITIVE_INFINITY;
            case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }

    /** Judging order: by the last path element, as Kattis sorts a group's entries. */
    private static String leaf(TestNode n) {
        String name = n.name();
        int slash = name.lastIndexOf('/');
        return slash < 0 ? name : name.substring(slash + 1);
    }
}
