package dev.gavel.server.judge0;

import dev.gavel.judge.execution.ExecutionLimits;
import dev.gavel.sandbox.ByteSize;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A submission's stored settings ({@code executions.settings_json}), under Judge0's attribute names. */
record Judge0Settings(Map<String, Object> values) {

    static final List<String> DECIMALS = List.of("cpu_time_limit", "cpu_extra_time", "wall_time_limit");

    Object get(String name) {
        return values.get(name);
    }

    double decimal(String name) {
        return ((Number) values.get(name)).doubleValue();
    }

    long integer(String name) {
        return ((Number) values.get(name)).longValue();
    }

    boolean flag(String name) {
        return Boolean.TRUE.equals(values.get(name));
    }

    /** Whitespace-separated words of an option string (Judge0 hands it to a shell; no quoting here). */
    List<String> words(String name) {
        Object v = values.get(name);
        if (v == null || v.toString().isBlank()) return List.of();
        return Arrays.asList(v.toString().strip().split("\\s+"));
    }

    ExecutionLimits limits() {
        return new ExecutionLimits(seconds("cpu_time_limit"), seconds("cpu_extra_time"), seconds("wall_time_limit"),
                ByteSize.ofKiB(integer("memory_limit")), ByteSize.ofKiB(integer("stack_limit")),
                (int) integer("max_processes_and_or_threads"), ByteSize.ofKiB(integer("max_file_size")));
    }

    private Duration seconds(String name) {
        return Duration.ofNanos(Math.round(decimal(name) * 1e9));
    }
}
