package dev.gavel.judge.language;

import java.util.List;

/**
 * One language as described by an entry of {@code languages.yaml}.
 *
 * @param id          short stable id used on the command line and in APIs, e.g. {@code cpp17}
 * @param name        display name, e.g. {@code C++17 (GCC)}
 * @param judge0Id    the Judge0 language id this answers to, or 0 where Judge0 has none
 * @param extensions  file extensions (without dot) that select this language, most specific first
 * @param compile     compile argv, or empty for a language that is not compiled
 * @param run         run argv
 * @param version     argv that prints the toolchain's version
 * @param memoryModel how the runtime uses memory
 * @param outOfMemoryMarkers text on stderr by which the runtime says it ran out of memory (e.g.
 *                    {@code java.lang.OutOfMemoryError}, {@code MemoryError}); such a run is a memory-limit verdict
 */
public record Language(String id, String name, int judge0Id, List<String> extensions, List<String> compile,
                       List<String> run, List<String> version, MemoryModel memoryModel,
                       List<String> outOfMemoryMarkers) {

    public Language {
        extensions = List.copyOf(extensions);
        compile = List.copyOf(compile);
        run = List.copyOf(run);
        version = List.copyOf(version);
        outOfMemoryMarkers = List.copyOf(outOfMemoryMarkers);
    }

    public boolean compiled() {
        return !compile.isEmpty();
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
}
