package dev.gavel.judge.problem;

import dev.gavel.sandbox.ByteSize;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a problem package directory into a {@link Problem}. Everything wrong is collected and reported together in
 * one {@link PackageException}; nothing is changed on disk.
 */
public final class ProblemLoader {

    private static final Set<String> V2023_TYPES = Set.of("pass-fail", "scoring", "interactive", "multi-pass",
            "submit-answer");

    private ProblemLoader() {
    }

    /** Loads the package in {@code dir}; its short name is the directory's name. */
    public static Problem load(Path dir) throws PackageException {
        return load(dir, dir.toAbsolutePath().normalize().getFileName().toString());
    }

    /**
     * @param dir       the package root (the directory holding {@code problem.yaml})
     * @param shortName the name used in messages and reports (the directory's or the zip's name)
     */
    public static Problem load(Path dir, String shortName) throws PackageException {
        Issues issues = new Issues();
        if (!Files.isDirectory(dir)) {
            throw new PackageException(shortName + ": not a directory");
        }
        Path yamlPath = dir.resolve("problem.yaml");
        String yamlName = shortName + "/problem.yaml";
        Map<String, Object> yaml;
        if (Files.isRegularFile(yamlPath)) {
            yaml = Yamls.readMap(yamlPath, yamlName, issues);
        } else {
            issues.add(yamlName, "missing (every problem package needs a problem.yaml)");
            yaml = Map.of();
        }
        Yamls y = new Yamls(issues, yamlName);

        ProblemFormat format = format(y, yaml);
        Map<String, String> names = names(y, yaml);
        Kind kind = kind(y, yaml, format);
        ProblemLimits limits = limits(y, yaml, format);
        Duration fixed = timeLimitFile(dir, shortName, issues);
        if (fixed != null) limits = limits.withTimeLimit(fixed);

        List<String> flags = new ArrayList<>(y.args(yaml, "validator_flags"));
        flags.addAll(y.args(yaml, "output_validator_args"));
        flags.addAll(y.args(yaml, "output_validator_flags"));
        Path validatorSource = null;
        boolean wantsCustom = kind.custom || (format == ProblemFormat.V2023_07 && hasValidatorDir(dir));
        if (wantsCustom) {
            validatorSource = ValidatorLocator.find(dir, shortName, issues);
        }
        ValidationSpec validation = new ValidationSpec(wantsCustom, kind.interactive, kind.multiPass,
                kind.score || (wantsCustom && kind.scoring), flags, validatorSource);

        TestGroup data = new TestDataLoader(dir, shortName, format, kind.scoring, issues).load();
        Map<String, String> entryPoints = SubmissionsFile.read(dir, shortName, issues);

        issues.throwIfAny();
        return new Problem(dir, shortName, names, format, kind.scoring, validation, limits, data, entryPoints);
    }

    private static boolean hasValidatorDir(Path dir) {
        return Files.isDirectory(dir.resolve("output_validator"))
                || Files.isDirectory(dir.resolve("output_validators"));
    }

    private static ProblemFormat format(Yamls y, Map<String, Object> yaml) {
        String v = y.string(yaml, "problem_format_version", "legacy").trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "legacy", "legacy-icpc" -> ProblemFormat.LEGACY;
            case "2023-07-draft", "2023-07", "draft" -> ProblemFormat.V2023_07;
            default -> {
                y.error("unknown problem_format_version '" + v + "' (known: legacy, 2023-07-draft)");
                yield ProblemFormat.LEGACY;
            }
        };
    }

    private static Map<String, String> names(Yamls y, Map<String, Object> yaml) {
        Object name = yaml.get("name");
        Map<String, String> names = new TreeMap<>();
        if (name instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if (v instanceof Map || v instanceof List) {
                    y.error("'name." + k + "' must be a string");
                } else {
                    names.put(String.valueOf(k), String.valueOf(v));
                }
            });
        } else if (name != null) {
            String s = y.string(yaml, "name", null);
            if (s != null) names.put("en", s);
        }
        return names;
    }

    private record Kind(boolean scoring, boolean custom, boolean interactive, boolean multiPass, boolean score) {
    }

    private static Kind kind(Yamls y, Map<String, Object> yaml, ProblemFormat format) {
        List<String> types = new ArrayList<>();
        Object t = yaml.get("type");
        if (t instanceof List<?> list) {
            list.forEach(o -> types.add(String.valueOf(o).trim().toLowerCase(Locale.ROOT)));
        } else if (t != null) {
            String s = y.string(yaml, "type", "pass-fail");
            types.addAll(Yamls.splitArgs(s.toLowerCase(Locale.ROOT)));
        }
        for (String type : types) {
            if (!V2023_TYPES.contains(type)) {
                y.error("unknown type '" + type + "' (known: pass-fail, scoring, interactive, multi-pass)");
            }
        }
        if (types.contains("submit-answer")) y.error("type 'submit-answer' is not supported");
        if (types.contains("pass-fail") && types.contains("scoring")) {
            y.error("type cannot be both pass-fail and scoring");
        }
        if (format == ProblemFormat.LEGACY && (types.contains("interactive") || types.contains("multi-pass"))) {
            y.error("in the legacy format, interactive and multi-pass go in 'validation', not in 'type'");
        }
        boolean scoring = types.contains("scoring");
        boolean interactive = types.contains("interactive");
        boolean multiPass = types.contains("multi-pass");
        boolean custom = interactive || multiPass;
        boolean score = false;

        String validation = y.string(yaml, "validation", null);
        if (validation != null) {
            List<String> words = Yamls.splitArgs(validation.toLowerCase(Locale.ROOT));
            if (words.isEmpty() || !(words.get(0).equals("default") || words.get(0).equals("custom"))) {
                y.error("'validation' must be 'default' or 'custom' followed by interactive, score or multi-pass, "
                        + "found '" + validation + "'");
            } else if (words.get(0).equals("default")) {
                if (words.size() > 1) y.error("'validation: default' takes no options, found '" + validation + "'");
            } else {
                custom = true;
                for (String w : words.subList(1, words.size())) {
                    switch (w) {
                        case "interactive" -> interactive = true;
                        case "score" -> score = true;
                        case "multi-pass", "multipass" -> multiPass = true;
                        default -> y.error("unknown validation option '" + w + "' in '" + validation + "'");
                    }
                }
            }
        }
        if (score && !scoring) y.error("'validation: custom score' needs 'type: scoring'");
        return new Kind(scoring, custom, interactive, multiPass, score);
    }

    private static ProblemLimits limits(Yamls y, Map<String, Object> yaml, ProblemFormat format) {
        ProblemLimits d = ProblemLimits.defaults(format);
        Map<String, Object> l = y.map(yaml, "limits");
        Map<String, Object> mult = y.map(l, "time_multipliers");
        double ac = positive(y, "limits.time_multipliers.ac_to_time_limit",
                y.number(mult, "ac_to_time_limit", y.number(l, "time_multiplier", d.acToTimeLimit())));
        double tle = positive(y, "limits.time_multipliers.time_limit_to_tle",
                y.number(mult, "time_limit_to_tle", y.number(l, "time_safety_margin", d.timeLimitToTle())));
        Double tl = y.number(l, "time_limit", null);
        Duration timeLimit = tl == null ? null : seconds(positive(y, "limits.time_limit", tl));
        Duration resolution = seconds(positive(y, "limits.time_resolution",
                y.number(l, "time_resolution", 1.0)));
        return new ProblemLimits(timeLimit, ac, tle, resolution,
                mib(y, l, "memory", d.memory()), mib(y, l, "output", d.output()),
                kib(y, l, "code", d.code()),
                secs(y, l, "compilation_time", d.compilationTime()),
                mib(y, l, "compilation_memory", d.compilationMemory()),
                secs(y, l, "validation_time", d.validationTime()),
                mib(y, l, "validation_memory", d.validationMemory()),
                mib(y, l, "validation_output", d.validationOutput()),
                Math.max(1, y.integer(l, "validation_passes", d.validationPasses())));
    }

    private static double positive(Yamls y, String key, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            y.error("'" + key + "' must be a positive number, found " + v);
            return 1.0;
        }
        return v;
    }

    private static ByteSize mib(Yamls y, Map<String, Object> l, String key,
                                                   ByteSize dflt) {
        Double v = y.number(l, key, null);
        if (v == null) return dflt;
        return ByteSize.ofBytes((long) (positive(y, "limits." + key, v) * 1024 * 1024));
    }

    private static ByteSize kib(Yamls y, Map<String, Object> l, String key,
                                                   ByteSize dflt) {
        Double v = y.number(l, key, null);
        if (v == null) return dflt;
        return ByteSize.ofBytes((long) (positive(y, "limits." + key, v) * 1024));
    }

    private static Duration secs(Yamls y, Map<String, Object> l, String key, Duration dflt) {
        Double v = y.number(l, key, null);
        return v == null ? dflt : seconds(positive(y, "limits." + key, v));
    }

    static Duration seconds(double s) {
        return Duration.ofNanos(new BigDecimal(s).movePointRight(9).longValue());
    }

    /** The {@code .timelimit} file in the package root or {@code data/}: a number of seconds. */
    private static Duration timeLimitFile(Path dir, String shortName, Issues issues) {
        for (String rel : List.of(".timelimit", "data/.timelimit")) {
            Path p = dir.resolve(rel);
            if (!Files.isRegularFile(p)) continue;
            String display = shortName + "/" + rel;
            try {
                String text = Files.readString(p, StandardCharsets.UTF_8).trim();
                double s = Double.parseDouble(text);
                if (!(s > 0) || Double.isInfinite(s)) {
                    issues.add(display, "must hold a positive number of seconds, found '" + text + "'");
                    return null;
                }
                return seconds(s);
            } catch (NumberFormatException e) {
                issues.add(display, "must hold a number of seconds, e.g. 2 or 1.5");
                return null;
            } catch (IOException e) {
                issues.add(display, "cannot read: " + e.getMessage());
                return null;
            }
        }
        return null;
    }

    /** Files of a directory, sorted by name; an unreadable directory is an issue. */
    static List<Path> list(Path dir, String display, Issues issues) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            issues.add(display, "cannot list: " + e.getMessage());
            return List.of();
        }
    }

    static Map<String, Object> copy(Map<?, ?> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }
}
