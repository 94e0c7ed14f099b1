package dev.gavel.judge.language;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the entry point of a submission the way contest judges do, by the language's {@link Language.MainRule}.
 *
 * <p>Theory of operation: sources are scanned as text with comments and string literals blanked out, so a
 * {@code main} in a comment does not count. Type declarations at brace depth 0 are top-level types; a
 * {@code main} method at depth 1 belongs to the enclosing top-level type. That is all the parsing a judge needs:
 * a program the heuristic misreads still compiles, and its run fails visibly.
 */
final class MainFinder {

    /** The submission ready to compile: its files (renamed where the language needs it) and its entry point. */
    record Entry(Map<String, byte[]> files, String main, String mainClass) {
    }

    /** The entry point cannot be told; the message says why (a compile error for the user). */
    static final class NoMainException extends Exception {
        NoMainException(String message) {
            super(message);
        }
    }

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern TYPE = Pattern.compile(
            "\\b(?:(public)\\s+)?(?:(?:final|abstract|sealed|non-sealed|strictfp|static|case|data|open|private|protected|internal)\\s+)*"
                    + "(class|interface|enum|record|object|trait)\\s+(\\w+)");
    private static final Pattern JAVA_MAIN = Pattern.compile(
            "\\b(?:public\\s+static|static\\s+public)\\s+(?:final\\s+)?void\\s+main\\s*\\(");
    private static final Pattern KOTLIN_MAIN = Pattern.compile("\\bfun\\s+main\\s*\\(");
    private static final Pattern KOTLIN_JVM_NAME = Pattern.compile("@file\\s*:\\s*JvmName\\s*\\(\\s*\"(\\w+)\"");
    private static final Pattern SCALA_MAIN_ANNOTATION = Pattern.compile("@main\\s+def\\s+(\\w+)");
    private static final Pattern SCALA_MAIN = Pattern.compile("\\bdef\\s+main\\s*\\(|\\bextends\\s+App\\b");

    private MainFinder() {
    }

    static Entry find(Language language, Map<String, byte[]> files, String hint) throws NoMainException {
        if (files.isEmpty()) {
            throw new NoMainException("the submission has no source file");
        }
        return switch (language.details().main()) {
            case FILE -> byFile(language, files, hint);
            case JAVA -> java(files, hint);
            case KOTLIN -> kotlin(files, hint);
            case SCALA -> scala(files, hint);
        };
    }

    /** Source files of the submission (not headers), in name order. */
    static List<String> sourceFiles(Language language, Map<String, byte[]> files) {
        Set<String> exts = new LinkedHashSet<>(language.extensions());
        exts.add(LanguageCatalog.extension(language.details().sourceName()));
        List<String> out = new ArrayList<>();
        for (String name : files.keySet()) {
            if (exts.contains(LanguageCatalog.extension(name))) {
                out.add(name);
            }
        }
        return out;
    }

    private static Entry byFile(Language language, Map<String, byte[]> files, String hint) throws NoMainException {
        Map<String, byte[]> out = files;
        List<String> sources = sourceFiles(language, files);
        if (sources.isEmpty() && files.size() == 1) {
            // One file with an unusual name (e.g. "solution" or "a.txt"): it is the program, under the usual name.
            out = Map.of(language.details().sourceName(), files.values().iterator().next());
            sources = List.of(language.details().sourceName());
        }
        String main = null;
        if (hint != null && !hint.isBlank()) {
            main = matchHint(out.keySet(), hint).orElseThrow(() -> new NoMainException(
                    "the main file '" + hint + "' is not among the submitted files " + files.keySet()));
        } else if (out.containsKey(language.details().sourceName())) {
            main = language.details().sourceName();
        } else if (sources.size() == 1) {
            main = sources.get(0);
        } else if (!language.details().mainMarker().isEmpty()) {
            Pattern marker = Pattern.compile(language.details().mainMarker());
            Map<String, byte[]> all = out;
            List<String> marked = sources.stream().filter(n -> marker.matcher(text(all.get(n))).find()).toList();
            if (marked.size() == 1) {
                main = marked.get(0);
            }
        }
        if (main == null) {
            if (usesMain(language)) {
                throw new NoMainException("cannot tell which of " + sources + " is the main file: name it "
                        + language.details().sourceName() + " or give the main file");
            }
            main = sources.isEmpty() ? out.keySet().iterator().next() : sources.get(0);
        }
        return new Entry(out, main, Placeholders.stem(main));
    }

    private static boolean usesMain(Language language) {
        List<String> all = new ArrayList<>(language.compile());
        all.addAll(language.run());
        return all.stream().anyMatch(a -> a.contains("{main}") || a.contains("{main_stem}") || a.contains("{main_class}"));
    }

    private static Optional<String> matchHint(Set<String> names, String hint) {
        for (String n : names) {
            if (n.equals(hint) || n.endsWith("/" + hint) || Placeholders.stem(n).equals(hint)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** Java: files named after their public type; the main class is the one with {@code public static void main}. */
    private static Entry java(Map<String, byte[]> files, String hint) throws NoMainException {
        Map<String, byte[]> out = new TreeMap<>();
        List<String> mains = new ArrayList<>();
        for (var f : files.entrySet()) {
            String name = f.getKey();
            if (!name.endsWith(".java")) {
                out.put(name, f.getValue());
                continue;
            }
            String code = blank(text(f.getValue()));
            String pkg = packageOf(code);
            List<TopType> types = topLevelTypes(code, JAVA_MAIN);
            String dir = name.contains("/") ? name.substring(0, name.lastIndexOf('/') + 1) : "";
            String fileName = name;
            for (TopType t : types) {
                if (t.isPublic()) {
                    fileName = dir + t.name() + ".java";
                }
                if (t.hasMain()) {
                    mains.add(qualified(pkg, t.name()));
                }
            }
            if (out.put(fileName, f.getValue()) != null) {
                throw new NoMainException("two files declare the public type of " + fileName);
            }
        }
        String mainClass = chooseClass(mains, hint, "Main", "a class with public static void main(String[] args)");
        String simple = mainClass.substring(mainClass.lastIndexOf('.') + 1);
        String mainFile = out.keySet().stream().filter(n -> Placeholders.stem(n).equals(simple)).findFirst()
                .orElse(out.keySet().iterator().next());
        return new Entry(out, mainFile, mainClass);
    }

    /** Kotlin: the file with a top-level {@code fun main}; its class is the file facade ({@code main.kt} → {@code MainKt}). */
    private static Entry kotlin(Map<String, byte[]> files, String hint) throws NoMainException {
        List<String> mains = new ArrayList<>();
        String mainFile = null;
        for (var f : files.entrySet()) {
            if (!f.getKey().endsWith(".kt")) {
                continue;
            }
            String code = blank(text(f.getValue()));
            if (hasTopLevel(code, KOTLIN_MAIN)) {
                String cls = kotlinClass(f.getKey(), f.getValue(), code);
                mains.add(cls);
                if (mainFile == null || cls.equals(hint)) {
                    mainFile = f.getKey();
                }
            }
        }
        if (hint != null && !hint.isBlank()) {
            Optional<String> file = matchHint(files.keySet(), hint);
            if (file.isPresent() && file.get().endsWith(".kt")) {
                byte[] bytes = files.get(file.get());
                return new Entry(files, file.get(), kotlinClass(file.get(), bytes, blank(text(bytes))));
            }
        }
        String mainClass = chooseClass(mains, hint, "MainKt", "a file with a top-level fun main()");
        for (var f : files.keySet()) {
            if (mainClass.endsWith(kotlinFacade(f))) {
                mainFile = f;
            }
        }
        return new Entry(files, mainFile, mainClass);
    }

    /** The class of a Kotlin file's top-level functions: its {@code @file:JvmName}, else its facade; with the package. */
    private static String kotlinClass(String fileName, byte[] bytes, String blanked) {
        Matcher jvmName = KOTLIN_JVM_NAME.matcher(text(bytes));
        return qualified(packageOf(blanked), jvmName.find() ? jvmName.group(1) : kotlinFacade(fileName));
    }

    static String kotlinFacade(String fileName) {
        String stem = Placeholders.stem(fileName);
        StringBuilder sb = new StringBuilder();
        for (char c : stem.toCharArray()) {
            sb.append(Character.isJavaIdentifierPart(c) ? c : '_');
        }
        if (sb.isEmpty() || !Character.isJavaIdentifierStart(sb.charAt(0))) {
            sb.insert(0, '_');
        }
        sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
        return sb + "Kt";
    }

    /** Scala 3: an {@code @main def name} (class {@code name}), or a top-level object with {@code def main} / {@code extends App}. */
    private static Entry scala(Map<String, byte[]> files, String hint) throws NoMainException {
        List<String> mains = new ArrayList<>();
        Map<String, String> fileOf = new TreeMap<>();
        for (var f : files.entrySet()) {
            if (!f.getKey().endsWith(".scala")) {
                continue;
            }
            String code = blank(text(f.getValue()));
            String pkg = packageOf(code);
            Matcher m = SCALA_MAIN_ANNOTATION.matcher(code);
            while (m.find()) {
                mains.add(qualified(pkg, m.group(1)));
                fileOf.put(mains.get(mains.size() - 1), f.getKey());
            }
            for (TopType t : topLevelTypes(code, SCALA_MAIN)) {
                if (t.hasMain() && t.kind().equals("object")) {
                    mains.add(qualified(pkg, t.name()));
                    fileOf.put(mains.get(mains.size() - 1), f.getKey());
                }
            }
        }
        String mainClass = chooseClass(mains, hint, "Main", "an @main def or an object with def main");
        return new Entry(files, fileOf.getOrDefault(mainClass, files.keySet().iterator().next()), mainClass);
    }

    private static String chooseClass(List<String> mains, String hint, String preferred, String what) throws NoMainException {
        if (hint != null && !hint.isBlank()) {
            String h = hint.endsWith(".java") || hint.endsWith(".kt") || hint.endsWith(".scala") ? Placeholders.stem(hint) : hint;
            for (String m : mains) {
                if (m.equals(h) || m.endsWith("." + h)) {
                    return m;
                }
            }
            throw new NoMainException("the main class '" + hint + "' was not found among " + mains);
        }
        if (mains.size() == 1) {
            return mains.get(0);
        }
        if (mains.isEmpty()) {
            throw new NoMainException("no entry point found: the submission needs " + what);
        }
        List<String> named = mains.stream().filter(m -> m.equals(preferred) || m.endsWith("." + preferred)).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        throw new NoMainException("several entry points " + mains + ": name the main class");
    }

    record TopType(String kind, String name, boolean isPublic, boolean hasMain) {
    }

    /** Top-level types with whether a main (by the pattern) is declared directly in them (depth 1). */
    private static List<TopType> topLevelTypes(String code, Pattern mainPattern) {
        int[] depth = depths(code);
        List<TopType> types = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        Matcher t = TYPE.matcher(code);
        while (t.find()) {
            if (depth[t.start()] != 0) {
                continue;
            }
            int open = code.indexOf('{', t.end());
            int end = open < 0 ? code.length() : open;
            if (open >= 0) {
                int i = open + 1;
                while (i < code.length() && depth[i] > 0) {
                    i++;
                }
                end = i;
            }
            types.add(new TopType(t.group(2), t.group(3), t.group(1) != null, false));
            spans.add(new int[]{open < 0 ? t.end() : open, end});
        }
        Matcher m = mainPattern.matcher(code);
        while (m.find()) {
            if (depth[m.start()] != 1) {
                continue;
            }
            for (int i = 0; i < types.size(); i++) {
                if (m.start() > spans.get(i)[0] && m.start() < spans.get(i)[1]) {
                    TopType old = types.get(i);
                    types.set(i, new TopType(old.kind(), old.name(), old.isPublic(), true));
                }
            }
        }
        return types;
    }

    private static boolean hasTopLevel(String code, Pattern p) {
        int[] depth = depths(code);
        Matcher m = p.matcher(code);
        while (m.find()) {
            if (depth[m.start()] == 0) {
                return true;
            }
        }
        return false;
    }

    /** Brace depth before each character. */
    private static int[] depths(String code) {
        int[] d = new int[code.length() + 1];
        int depth = 0;
        for (int i = 0; i < code.length(); i++) {
            d[i] = depth;
            char c = code.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        d[code.length()] = depth;
        return d;
    }

    private static String packageOf(String code) {
        Matcher m = PACKAGE.matcher(code);
        return m.find() ? m.group(1) : "";
    }

    private static String qualified(String pkg, String name) {
        return pkg.isEmpty() ? name : pkg + "." + name;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The code with comments, string and character literals replaced by spaces (positions kept). */
    static String blank(String code) {
        StringBuilder sb = new StringBuilder(code);
        int i = 0;
        int n = code.length();
        while (i < n) {
            char c = code.charAt(i);
            if (c == '/' && i + 1 < n && code.charAt(i + 1) == '/') {
                while (i < n && code.charAt(i) != '\n') {
                    sb.setCharAt(i++, ' ');
                }
            } else if (c == '/' && i + 1 < n && code.charAt(i + 1) == '*') {
                int end = code.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                for (; i < end; i++) {
                    if (code.charAt(i) != '\n') {
                        sb.setCharAt(i, ' ');
                    }
                }
            } else if (c == '"' && code.startsWith("\"\"\"", i)) {
                int end = code.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                for (; i < end; i++) {
                    if (code.charAt(i) != '\n') {
                        sb.setCharAt(i, ' ');
                    }
                }
            } else if (c == '"' || c == '\'') {
                sb.setCharAt(i++, ' ');
                while (i < n && code.charAt(i) != c && code.charAt(i) != '\n') {
                    if (code.charAt(i) == '\\' && i + 1 < n) {
                        sb.setCharAt(i++, ' ');
                    }
                    sb.setCharAt(i++, ' ');
                }
                if (i < n && code.charAt(i) == c) {
                    sb.setCharAt(i++, ' ');
                }
            } else {
                i++;
            }
        }
        return sb.toString();
    }
}
