package dev.gavel.judge.problem;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Typed reads from a parsed YAML map; every mistake is added to {@link Issues} with the file's name, never thrown. */
final class Yamls {

    private final Issues issues;
    private final String file;

    Yamls(Issues issues, String file) {
        this.issues = issues;
        this.file = file;
    }

    /** Parses a YAML (or JSON) file whose top level must be a map; an empty file is an empty map. */
    static Map<String, Object> readMap(Path path, String display, Issues issues) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            issues.add(display, "cannot read: " + e.getMessage());
            return Map.of();
        }
        Object parsed;
        try {
            parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            issues.add(display, "not valid YAML: " + e.getMessage().replace('\n', ' ').replaceAll(" +", " "));
            return Map.of();
        }
        if (parsed == null) return Map.of();
        if (!(parsed instanceof Map<?, ?> map)) {
            issues.add(display, "expected a map of keys at the top level, found " + typeName(parsed));
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    String string(Map<String, Object> map, String key, String dflt) {
        Object v = map.get(key);
        if (v == null) return dflt;
        if (v instanceof String || v instanceof Number || v instanceof Boolean) return String.valueOf(v);
        wrongType(key, "a string", v);
        return dflt;
    }

    Double number(Map<String, Object> map, String key, Double dflt) {
        Object v = map.get(key);
        if (v == null) return dflt;
        if (v instanceof Number n) return n.doubleValue();
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        wrongType(key, "a number", v);
        return dflt;
    }

    Integer integer(Map<String, Object> map, String key, Integer dflt) {
        Object v = map.get(key);
        if (v == null) return dflt;
        if (v instanceof Integer || v instanceof Long) return ((Number) v).intValue();
        wrongType(key, "a whole number", v);
        return dflt;
    }

    /** A map value; anything else is an error and reads as empty. */
    Map<String, Object> map(Map<String, Object> map, String key) {
        Object v = map.get(key);
        if (v == null) return Map.of();
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, val) -> out.put(String.valueOf(k), val));
            return out;
        }
        wrongType(key, "a map", v);
        return Map.of();
    }

    /** Arguments given either as one string (split on white space) or as a list of strings. */
    List<String> args(Map<String, Object> map, String key) {
        Object v = map.get(key);
        if (v == null) return List.of();
        if (v instanceof String s) return splitArgs(s);
        if (v instanceof List<?> list) {
            List<String> out = new ArrayList<>();
            for (Object o : list) {
                if (o instanceof Map || o instanceof List) {
                    wrongType(key, "a list of strings", v);
                    return List.of();
                }
                out.add(String.valueOf(o));
            }
            return out;
        }
        if (v instanceof Number || v instanceof Boolean) return List.of(String.valueOf(v));
        wrongType(key, "a string or a list of strings", v);
        return List.of();
    }

    static List<String> splitArgs(String s) {
        String t = s.trim();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
    }

    void error(String message) {
        issues.add(file, message);
    }

    private void wrongType(String key, String expected, Object found) {
        issues.add(file, "'" + key + "' must be " + expected + ", found " + typeName(found) + " (" + found + ")");
    }

    static String typeName(Object o) {
        if (o instanceof Map) return "a map";
        if (o instanceof List) return "a list";
        if (o instanceof String) return "a string";
        if (o instanceof Number) return "a number";
        if (o instanceof Boolean) return "a boolean";
        return o.getClass().getSimpleName();
    }
}
