package dev.gavel.judge.language;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The languages of a {@code languages.yaml} (the built-in one, or another for tests). Every entry is validated when
 * loaded; a bad entry stops the load with a message naming the entry and the field.
 *
 * <p>Lookup by extension: each extension belongs to at most one entry, so {@code .cpp} selects C++20 (the entry
 * that lists it; C++17 is chosen by id or Judge0 id 54) and {@code .py} selects CPython. Header files
 * ({@code .h}, {@code .hpp}, ...) select nothing.
 */
public final class LanguageCatalog implements Languages {

    /** Resource path of the built-in catalog. */
    public static final String RESOURCE = "languages.yaml";

    private static final Set<String> HEADER_EXTENSIONS = Set.of("h", "hh", "hpp", "hxx", "inc");
    private static final Set<String> KNOWN_FIELDS = Set.of("id", "name", "judge0_id", "extensions", "source", "compile",
            "check", "run", "version", "memory", "oom", "processes", "compile_time", "env", "main", "main_marker", "judge0_aliases");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*");

    private static volatile LanguageCatalog builtIn;

    private final List<Language> all;
    private final Map<String, Language> byId = new HashMap<>();
    private final Map<Integer, Language> byJudge0Id = new HashMap<>();
    private final Map<String, Language> byExtension = new HashMap<>();

    private LanguageCatalog(List<Language> languages) {
        this.all = List.copyOf(languages);
        for (Language l : all) {
            byId.put(l.id(), l);
            byJudge0Id.put(l.judge0Id(), l);
            for (int alias : l.details().judge0Aliases()) {
                byJudge0Id.put(alias, l);
            }
            for (String e : l.extensions()) {
                byExtension.put(e, l);
            }
        }
    }

    /** The catalog shipped with Gavel (resource {@code dev/gavel/judge/language/languages.yaml}). */
    public static LanguageCatalog builtIn() {
        LanguageCatalog c = builtIn;
        if (c == null) {
            try (InputStream in = LanguageCatalog.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the built-in " + RESOURCE + " is missing from the class path");
                }
                c = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the built-in " + RESOURCE, e);
            }
            builtIn = c;
        }
        return c;
    }

    /**
     * Reads and validates a catalog.
     *
     * @param yaml   the YAML text: a list of entries
     * @param origin where it came from, for error messages
     * @throws IllegalArgumentException naming the entry and field of the first problem found
     */
    public static LanguageCatalog parse(String yaml, String origin) {
        Object root;
        try (Reader r = new StringReader(yaml)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
        } catch (YAMLException | IOException e) {
            throw new IllegalArgumentException(origin + ": not valid YAML: " + e.getMessage(), e);
        }
        if (!(root instanceof List<?> entries)) {
            throw new IllegalArgumentException(origin + ": expected a list of language entries");
        }
        List<Language> languages = new ArrayList<>();
        Map<String, String> extensionOwner = new HashMap<>();
        Map<Integer, String> judge0Owner = new HashMap<>();
        Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = new Entry(origin, i + 1, entries.get(i));
            Language l = e.toLanguage();
            if (!ids.add(l.id())) {
                throw e.error("id", "duplicate id '" + l.id() + "'");
            }
            String other = judge0Owner.putIfAbsent(l.judge0Id(), l.id());
            if (other != null) {
                throw e.error("judge0_id", "Judge0 id " + l.judge0Id() + " is already used by '" + other + "'");
            }
            for (int alias : l.details().judge0Aliases()) {
                other = judge0Owner.putIfAbsent(alias, l.id());
                if (other != null) {
                    throw e.error("judge0_aliases", "Judge0 id " + alias + " is already used by '" + other + "'");
                }
            }
            for (String ext : l.extensions()) {
                other = extensionOwner.putIfAbsent(ext, l.id());
                if (other != null) {
                    throw e.error("extensions", "extension '." + ext + "' already selects '" + other + "'");
                }
            }
            languages.add(l);
        }
        return new LanguageCatalog(languages);
    }

    @Override
    public List<Language> all() {
        return all;
    }

    @Override
    public Optional<Language> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id.toLowerCase(Locale.ROOT)));
    }

    @Override
    public Optional<Language> byJudge0Id(int judge0Id) {
        return Optional.ofNullable(byJudge0Id.get(judge0Id));
    }

    @Override
    public Optional<Language> forFile(Path source) {
        String ext = extension(source.getFileName().toString());
        if (ext.isEmpty() || HEADER_EXTENSIONS.contains(ext.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        Language l = byExtension.get(ext);
        return Optional.ofNullable(l != null ? l : byExtension.get(ext.toLowerCase(Locale.ROOT)));
    }

    /** The language of a multi-file submission: the one its non-header files select, if they agree. */
    public Optional<Language> forFiles(List<Path> sources) {
        Language found = null;
        for (Path p : sources) {
            Optional<Language> l = forFile(p);
            if (l.isPresent()) {
                if (found != null && found != l.get()) {
                    return Optional.empty();
                }
                found = l.get();
            }
        }
        return Optional.ofNullable(found);
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? "" : fileName.substring(dot + 1);
    }

    /** One raw entry being validated. */
    private record Entry(String origin, int index, Object raw) {

        Language toLanguage() {
            if (!(raw instanceof Map<?, ?> map)) {
                throw error(null, "an entry must be a mapping of fields");
            }
            for (Object key : map.keySet()) {
                if (!KNOWN_FIELDS.contains(String.valueOf(key))) {
                    throw error(String.valueOf(key), "unknown field (known: " + String.join(", ", KNOWN_FIELDS.stream().sorted().toList()) + ")");
                }
            }
            String id = string(map, "id", true);
            if (!ID.matcher(id).matches()) {
                throw error("id", "'" + id + "' must be lower-case letters and digits, starting with a letter");
            }
            String name = string(map, "name", true);
            int judge0 = integer(map, "judge0_id", null);
            if (judge0 <= 0) {
                throw error("judge0_id", "must be a positive Judge0 id, or a Gavel id above 1000");
            }
            List<String> extensions = strings(map, "extensions", false);
            for (String ext : extensions) {
                if (ext.isEmpty() || ext.startsWith(".")) {
                    throw error("extensions", "write extensions without the dot: '" + ext + "'");
                }
            }
            String source = string(map, "source", true);
            if (source.contains("/") || extension(source).isEmpty()) {
                throw error("source", "must be a plain file name with an extension: '" + source + "'");
            }
            List<String> compile = strings(map, "compile", false);
            List<String> check = strings(map, "check", false);
            if (!compile.isEmpty() && !check.isEmpty()) {
                throw error("check", "a compiled language has no separate syntax check");
            }
            List<String> run = strings(map, "run", true);
            List<String> version = strings(map, "version", true);
            Language.MemoryModel memory = enumValue(map, "memory", Language.MemoryModel.class, Language.MemoryModel.NATIVE);
            List<String> oom = strings(map, "oom", false);
            if (memory == Language.MemoryModel.JVM && oom.isEmpty()) {
                throw error("oom", "a JVM language needs its out-of-memory marker (java.lang.OutOfMemoryError)");
            }
            int processes = integer(map, "processes", 1);
            if (processes < 1) {
                throw error("processes", "must be at least 1");
            }
            int compileTime = integer(map, "compile_time", 30);
            if (compileTime < 1) {
                throw error("compile_time", "must be at least 1 (seconds)");
            }
            Map<String, String> env = stringMap(map, "env");
            Language.MainRule main = enumValue(map, "main", Language.MainRule.class, Language.MainRule.FILE);
            String marker = map.containsKey("main_marker") ? string(map, "main_marker", true) : "";
            try {
                Pattern.compile(marker);
            } catch (PatternSyntaxException ex) {
                throw error("main_marker", "not a regular expression: " + ex.getDescription());
            }
            checkPlaceholders("compile", compile);
            checkPlaceholders("check", check);
            checkPlaceholders("run", run);
            if (main == Language.MainRule.JAVA || main == Language.MainRule.KOTLIN || main == Language.MainRule.SCALA) {
                if (!run.contains("{main_class}")) {
                    throw error("run", "main rule " + main + " needs {main_class} in the run argv");
                }
            }
            List<Integer> aliases = new ArrayList<>();
            for (String a : strings(map, "judge0_aliases", false)) {
                if (!a.matches("[1-9]\\d*")) {
                    throw error("judge0_aliases", "must be a list of positive Judge0 ids, found " + a);
                }
                aliases.add(Integer.parseInt(a));
            }
            var details = new Language.Details(source, check, env, processes, Duration.ofSeconds(compileTime), main,
                    marker, aliases);
            return new Language(id, name, judge0, extensions, compile, run, version, memory, oom, details);
        }

        private void checkPlaceholders(String field, List<String> argv) {
            for (String arg : argv) {
                var m = Placeholders.PLACEHOLDER.matcher(arg);
                while (m.find()) {
                    if (!Placeholders.NAMES.contains(m.group(1))) {
                        throw error(field, "unknown placeholder {" + m.group(1) + "} (known: " + Placeholders.NAMES + ")");
                    }
                    if (Placeholders.WHOLE_ARGUMENT.contains(m.group(1)) && !arg.equals(m.group())) {
                        throw error(field, "{" + m.group(1) + "} must be a whole argument, not part of '" + arg + "'");
                    }
                }
            }
        }

        IllegalArgumentException error(String field, String message) {
            String where = origin + ": entry " + index;
            if (raw instanceof Map<?, ?> m && m.get("id") != null) {
                where += " (" + m.get("id") + ")";
            }
            return new IllegalArgumentException(where + (field == null ? "" : ", field '" + field + "'") + ": " + message);
        }

        private String string(Map<?, ?> map, String field, boolean required) {
            Object v = map.get(field);
            if (v == null) {
                if (required) {
                    throw error(field, "missing");
                }
                return "";
            }
            if (!(v instanceof String s) || s.isBlank()) {
                throw error(field, "must be a non-empty string, found " + v);
            }
            return s;
        }

        private int integer(Map<?, ?> map, String field, Integer defaultValue) {
            Object v = map.get(field);
            if (v == null) {
                if (defaultValue == null) {
                    throw error(field, "missing");
                }
                return defaultValue;
            }
            if (!(v instanceof Integer i)) {
                throw error(field, "must be an integer, found " + v);
            }
            return i;
        }

        private List<String> strings(Map<?, ?> map, String field, boolean required) {
            Object v = map.get(field);
            if (v == null) {
                if (required) {
                    throw error(field, "missing");
                }
                return List.of();
            }
            if (!(v instanceof List<?> list) || (required && list.isEmpty())) {
                throw error(field, "must be a " + (required ? "non-empty " : "") + "list of strings");
            }
            List<String> out = new ArrayList<>();
            for (Object o : list) {
                if (!(o instanceof String) && !(o instanceof Number)) {
                    throw error(field, "must be a list of strings, found " + o);
                }
                out.add(String.valueOf(o));
            }
            return out;
        }

        private Map<String, String> stringMap(Map<?, ?> map, String field) {
            Object v = map.get(field);
            if (v == null) {
                return Map.of();
            }
            if (!(v instanceof Map<?, ?> m)) {
                throw error(field, "must be a mapping of names to strings");
            }
            Map<String, String> out = new LinkedHashMap<>();
            m.forEach((k, val) -> {
                if (!(val instanceof String) && !(val instanceof Number)) {
                    throw error(field, "value of " + k + " must be a string");
                }
                out.put(String.valueOf(k), String.valueOf(val));
            });
            return out;
        }

        private <E extends Enum<E>> E enumValue(Map<?, ?> map, String field, Class<E> type, E defaultValue) {
            Object v = map.get(field);
            if (v == null) {
                return defaultValue;
            }
            try {
                return Enum.valueOf(type, String.valueOf(v).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw error(field, "'" + v + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
            }
        }
    }
}
