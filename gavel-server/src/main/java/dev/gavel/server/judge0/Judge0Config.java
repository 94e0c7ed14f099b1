package dev.gavel.server.judge0;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configuration variables of submissions: Judge0's default value and maximum of each (its own defaults, as
 * {@code GET /config_info} reports them). Gavel's sandbox limits memory for the whole run, has no network and runs
 * a program once, so those switches are fixed.
 */
final class Judge0Config {

    static final double CPU_TIME_LIMIT = 2, MAX_CPU_TIME_LIMIT = 15;
    static final double CPU_EXTRA_TIME = 0.5, MAX_CPU_EXTRA_TIME = 2;
    static final double WALL_TIME_LIMIT = 5, MAX_WALL_TIME_LIMIT = 20;
    static final long MEMORY_LIMIT = 128000, MAX_MEMORY_LIMIT = 256000, MIN_MEMORY_LIMIT = 2048;
    static final long STACK_LIMIT = 64000, MAX_STACK_LIMIT = 128000;
    static final long MAX_PROCESSES = 60, MAX_MAX_PROCESSES = 120;
    static final long MAX_FILE_SIZE = 1024, MAX_MAX_FILE_SIZE = 4096;
    static final long NUMBER_OF_RUNS = 1, MAX_NUMBER_OF_RUNS = 20;
    static final int MAX_OPTIONS_LENGTH = 512;

    private Judge0Config() {
    }

    static Map<String, Object> info(boolean deleteEnabled, int maxQueueSize, int maxBatch) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("enable_wait_result", true);
        m.put("enable_compiler_options", true);
        m.put("allowed_languages_for_compile_options", List.of());
        m.put("enable_command_line_arguments", true);
        m.put("enable_submission_delete", deleteEnabled);
        m.put("max_queue_size", maxQueueSize);
        m.put("cpu_time_limit", CPU_TIME_LIMIT);
        m.put("max_cpu_time_limit", MAX_CPU_TIME_LIMIT);
        m.put("cpu_extra_time", CPU_EXTRA_TIME);
        m.put("max_cpu_extra_time", MAX_CPU_EXTRA_TIME);
        m.put("wall_time_limit", WALL_TIME_LIMIT);
        m.put("max_wall_time_limit", MAX_WALL_TIME_LIMIT);
        m.put("memory_limit", MEMORY_LIMIT);
        m.put("max_memory_limit", MAX_MEMORY_LIMIT);
        m.put("stack_limit", STACK_LIMIT);
        m.put("max_stack_limit", MAX_STACK_LIMIT);
        m.put("max_processes_and_or_threads", MAX_PROCESSES);
        m.put("max_max_processes_and_or_threads", MAX_MAX_PROCESSES);
        m.put("enable_per_process_and_thread_time_limit", false);
        m.put("allow_enable_per_process_and_thread_time_limit", false);
        m.put("enable_per_process_and_thread_memory_limit", false);
        m.put("allow_enable_per_process_and_thread_memory_limit", false);
        m.put("max_file_size", MAX_FILE_SIZE);
        m.put("max_max_file_size", MAX_MAX_FILE_SIZE);
        m.put("number_of_runs", NUMBER_OF_RUNS);
        m.put("max_number_of_runs", MAX_NUMBER_OF_RUNS);
        m.put("redirect_stderr_to_stdout", false);
        m.put("enable_batched_submissions", true);
        m.put("max_submission_batch_size", maxBatch);
        m.put("enable_callbacks", true);
        m.put("callbacks_max_tries", Callbacks.ATTEMPTS);
        m.put("callbacks_timeout", Callbacks.TIMEOUT.toSeconds());
        m.put("enable_additional_files", false);
        m.put("allow_enable_network", false);
        m.put("enable_network", false);
        return m;
    }
}
