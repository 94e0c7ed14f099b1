package dev.gavel.server.judge0;

import dev.gavel.judge.execution.ExecutionResult;
import dev.gavel.judge.execution.ExecutionStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/** Judge0's submission statuses, with its ids and descriptions. */
public enum Judge0Status {
    IN_QUEUE(1, "In Queue"),
    PROCESSING(2, "Processing"),
    ACCEPTED(3, "Accepted"),
    WRONG_ANSWER(4, "Wrong Answer"),
    TIME_LIMIT_EXCEEDED(5, "Time Limit Exceeded"),
    COMPILATION_ERROR(6, "Compilation Error"),
    SIGSEGV(7, "Runtime Error (SIGSEGV)"),
    SIGXFSZ(8, "Runtime Error (SIGXFSZ)"),
    SIGFPE(9, "Runtime Error (SIGFPE)"),
    SIGABRT(10, "Runtime Error (SIGABRT)"),
    NZEC(11, "Runtime Error (NZEC)"),
    OTHER(12, "Runtime Error (Other)"),
    INTERNAL_ERROR(13, "Internal Error"),
    EXEC_FORMAT_ERROR(14, "Exec Format Error");

    private final int id;
    private final String description;

    Judge0Status(int id, String description) {
        this.id = id;
        this.description = description;
    }

    public int id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** Whether a submission with this status is finished. */
    public boolean finished() {
        return id > PROCESSING.id;
    }

    public static Judge0Status byId(int id) {
        return values()[id - 1];
    }

    /** {@code {"id": 3, "description": "Accepted"}}, as Judge0 shows a status. */
    public Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("description", description);
        return m;
    }

    /**
     * The status Judge0 would give this result. Judge0 has no memory limit status: its sandbox kills a program over
     * the limit, which Judge0 reports as a runtime error, so a memory limit is {@link #OTHER} here (the message says
     * what happened). Output past {@code max_file_size} is {@link #SIGXFSZ}, the signal Judge0's sandbox gets then.
     * {@code expected_output} only decides between Accepted and Wrong Answer of a clean exit.
     */
    public static Judge0Status of(ExecutionResult result, byte[] expectedOutput) {
        return switch (result.status()) {
            case ExecutionStatus.Exited e when e.exitCode() != 0 -> NZEC;
            case ExecutionStatus.Exited e -> result.outputMatches(expectedOutput) ? ACCEPTED : WRONG_ANSWER;
            case ExecutionStatus.Signalled s -> switch (s.signal()) {
                case 11 -> SIGSEGV;
                case 25 -> SIGXFSZ;
                case 8 -> SIGFPE;
                case 6 -> SIGABRT;
                default -> OTHER;
            };
            case ExecutionStatus.TimeLimit t -> TIME_LIMIT_EXCEEDED;
            case ExecutionStatus.MemoryLimit m -> OTHER;
            case ExecutionStatus.OutputLimit o -> SIGXFSZ;
            case ExecutionStatus.CompileError c -> COMPILATION_ERROR;
            case ExecutionStatus.CannotExecute c -> EXEC_FORMAT_ERROR;
            case ExecutionStatus.InternalError i -> INTERNAL_ERROR;
        };
    }
}
