package dev.gavel.judge.language;

import dev.gavel.sandbox.ByteSize;

import java.time.Duration;

/**
 * What a problem allows a compile step (Kattis {@code compilation_time} and {@code compilation_memory}).
 *
 * @param time   CPU time of the compile, or null for the language's own {@code compile_time}
 * @param memory memory of the compile, or null for the compiler's default
 */
public record CompileBudget(Duration time, ByteSize memory) {

    /** The language's own limits: for programs of the judge itself, and outside any problem. */
    public static final CompileBudget LANGUAGE_DEFAULTS = new CompileBudget(null, null);
}
