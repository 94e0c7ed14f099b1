package dev.gavel.judge.language;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One language as described by an entry of {@code languages.yaml}.
 *
 * <p>Argument lists may hold placeholders, expanded when a submission is compiled or run: {@code {sources}} (a whole
 * argument: every source file of the submission), {@code {main}} (the main file), {@code {main_stem}} (its name
 * without extension), {@code {main_class}} (the entry class of JVM languages), {@code {memory_mib}} (the run's
 * memory limit) and {@code {heap_mib}} (the heap a managed runtime is told to stay within, below that limit).
 *
 * @param id          short stable id used on the command line and in APIs, e.g. {@code cpp17}
 * @param name        display name, e.g. {@code C++17 (GCC)}
 * @param judge0Id    the Judge0 language id this answers to, or a Gavel id above 1000 where Judge0 has none
 * @param extensions  file extensions (without dot) that select this language, most specific first
 * @param compile     compile argv, or empty for a language that is not compiled
 * @param run         run argv
 * @param version     argv that prints the toolchain's version
 * @param memoryModel how the runtime uses memory
 * @param outOfMemoryMarkers text on stderr by which the runtime says it ran out of memory (e.g.
 *                    {@code java.lang.OutOfMemoryError}, {@code MemoryError}); such a run is a memory-limit verdict
 * @param details     how a submission is prepared: file name, syntax check, environment, limits, main detection
 */
public record Language(String id, String name, int judge0Id, List<String> extensions, List<String> compile,
                       List<String> run, List<String> version, MemoryModel memoryModel,
                       List<String> outOfMemoryMarkers, Details details) {

    public Language {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        extensions = List.copyOf(extensions);
        compile = List.copyOf(compile);
        run = List.copyOf(run);
        version = List.copyOf(version);
        outOfMemoryMarkers = List.copyOf(outOfMemoryMarkers);
        Objects.requireNonNull(memoryModel, "memoryModel");
        Objects.requireNonNull(details, "details");
    }

    /** A language with default {@link Details} (source {@code main.<first extension>}, no check, no overrides). */
    public Language(String id, String name, int judge0Id, List<String> extensions, List<String> compile,
                    List<String> run, List<String> version, MemoryModel memoryModel,
                    List<String> outOfMemoryMarkers) {
        this(id, name, judge0Id, extensions, compile, run, version, memoryModel, outOfMemoryMarkers,
                Details.defaults("main." + (extensions.isEmpty() ? "txt" : extensions.get(0))));
    }

    public boolean compiled() {
        return !compile.isEmpty();
    }

    /** Whether a submission goes through a step in the sandbox before it runs (compile, or a syntax check). */
    public boolean prepared() {
        return compiled() || !details.check().isEmpty();
    }

    /** How a runtime uses memory, which decides how its limits are given. */
    public enum MemoryModel {
        /** Native code: the cgroup limit is all it needs. */
        NATIVE,
        /** JVM: heap given explicitly below the limit; runtime threads need a larger process limit. */
        JVM,
        /** An interpreter or other managed runtime with its own heap and threads. */
        MANAGED
    }

    /** How the entry point of a multi-file submission is found. */
    public enum MainRule {
        /** A file: the one named by the hint, else the default source name, else the only one with the marker, else the only file. */
        FILE,
        /** Java: the class with {@code public static void main}; files renamed after their public class. */
        JAVA,
        /** Kotlin: the file with a top-level {@code fun main}; its facade class ({@code main.kt} → {@code MainKt}). */
        KOTLIN,
        /** Scala 3: the {@code @main def} or the {@code object} with a {@code def main}. */
        SCALA
    }

    /**
     * How a submission in this language is prepared and run, beyond the argv.
     *
     * @param sourceName     file name of a single-file submission, e.g. {@code main.cpp}, {@code Main.java}
     * @param check          for a language that is not compiled: a cheap syntax check run in the sandbox (a failure
     *                       is a compile error), or empty
     * @param env            environment added to every compile and run (PATH, HOME and LANG are always set)
     * @param processes      processes and threads a run needs at least (runtimes with helper threads), 1 = no override
     * @param compileTime    CPU time allowed to the compile (or check) step
     * @param main           how the entry point is found
     * @param mainMarker     for {@link MainRule#FILE}: regular expression that only the main file matches, or empty
     * @param judge0Aliases  further Judge0 ids this language answers to (older versions of the same language)
     */
    public record Details(String sourceName, List<String> check, Map<String, String> env, int processes,
                          Duration compileTime, MainRule main, String mainMarker, List<Integer> judge0Aliases) {

        public Details {
            Objects.requireNonNull(sourceName, "sourceName");
            check = List.copyOf(check);
            env = Map.copyOf(env);
            Objects.requireNonNull(compileTime, "compileTime");
            Objects.requireNonNull(main, "main");
            mainMarker = mainMarker == null ? "" : mainMarker;
            judge0Aliases = List.copyOf(judge0Aliases);
        }

        public static Details defaults(String sourceName) {
            return new Details(sourceName, List.of(), Map.of(), 1, Duration.ofSeconds(30), MainRule.FILE, "", List.of());
        }
    }
}
