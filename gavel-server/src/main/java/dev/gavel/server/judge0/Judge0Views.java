package dev.gavel.server.judge0;

import dev.gavel.judge.language.Language;
import dev.gavel.judge.language.Languages;
import dev.gavel.server.engine.JudgeEngine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A submission as Judge0 shows it: the attributes asked for by {@code fields} (Judge0's eight by default, {@code *}
 * for all), text attributes raw or Base64 ({@link Base64Text}), times as decimal strings of seconds ("0.002"),
 * memory in KB.
 */
@Component
class Judge0Views {

    static final List<String> DEFAULT_FIELDS = List.of("stdout", "time", "memory", "stderr", "token",
            "compile_output", "message", "status");

    static final List<String> ALL_FIELDS = List.of("token", "source_code", "language_id", "stdin", "expected_output",
            "stdout", "status_id", "created_at", "finished_at", "time", "memory", "stderr", "number_of_runs",
            "cpu_time_limit", "cpu_extra_time", "wall_time_limit", "memory_limit", "stack_limit",
            "max_processes_and_or_threads", "enable_per_process_and_thread_time_limit",
            "enable_per_process_and_thread_memory_limit", "max_file_size", "compile_output", "exit_code",
            "exit_signal", "message", "wall_time", "compiler_options", "command_line_arguments",
            "redirect_stderr_to_stdout", "callback_url", "additional_files", "enable_network", "status", "language");

    static final String NOT_UTF8 = "some attributes for this submission cannot be converted to UTF-8, use "
            + "base64_encoded=true query parameter";

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

    private final Languages languages;
    private final JsonMapper json;

    Judge0Views(JudgeEngine engine, JsonMapper json) {
        this.languages = engine.languages();
        this.json = json;
    }

    /**
     * The attributes named by a {@code fields} parameter, in the order asked; an unknown name is refused with 400
     * {@code {"error": "invalid fields: [a, b]"}}, as Judge0 does.
     */
    static List<String> fields(String param) {
        if (param == null || param.isBlank()) return DEFAULT_FIELDS;
        Set<String> asked = new LinkedHashSet<>(Arrays.stream(param.split(",")).map(String::strip)
                .filter(f -> !f.isEmpty()).toList());
        if (asked.contains("*")) return ALL_FIELDS;
        List<String> invalid = asked.stream().filter(f -> !ALL_FIELDS.contains(f)).toList();
        if (!invalid.isEmpty()) {
            throw Judge0Exception.error(HttpStatus.BAD_REQUEST, "invalid fields: [" + String.join(", ", invalid) + "]");
        }
        return asked.isEmpty() ? DEFAULT_FIELDS : List.copyOf(asked);
    }

    Judge0Settings settings(ExecutionRow row) {
        return new Judge0Settings(json.readValue(row.settingsJson(), new TypeReference<Map<String, Object>>() { }));
    }

    String json(Object value) {
        return json.writeValueAsString(value);
    }

    /**
     * The submission's attributes; throws a 400 Judge0Exception when a text attribute asked for is not UTF-8 and
     * Base64 was not asked for, as Judge0 does.
     */
    Map<String, Object> of(ExecutionRow row, List<String> fields, boolean base64) {
        Judge0Settings settings = settings(row);
        Map<String, Object> view = new LinkedHashMap<>();
        for (String field : fields) view.put(field, value(row, settings, field, base64));
        return view;
    }

    private Object value(ExecutionRow row, Judge0Settings settings, String field, boolean base64) {
        Function<byte[], String> text = bytes -> text(bytes, base64);
        return switch (field) {
            case "token" -> row.token();
            case "source_code" -> text.apply(row.sourceCode());
            case "language_id" -> row.languageId();
            case "stdin" -> text.apply(row.stdin());
            case "expected_output" -> text.apply(row.expectedOutput());
            case "stdout" -> text.apply(row.stdout());
            case "stderr" -> text.apply(row.stderr());
            case "compile_output" -> text.apply(row.compileOutput());
            case "message" -> row.message() == null ? null
                    : text.apply(row.message().getBytes(StandardCharsets.UTF_8));
            case "status_id" -> row.statusId();
            case "status" -> row.status().json();
            case "created_at" -> timestamp(row.createdAt());
            case "finished_at" -> timestamp(row.finishedAt());
            case "time" -> decimal(row.time());
            case "wall_time" -> decimal(row.wallTime());
            case "memory" -> row.memory();
            case "exit_code" -> row.exitCode();
            case "exit_signal" -> row.exitSignal();
            case "callback_url" -> row.callbackUrl();
            case "additional_files" -> null;
            case "language" -> language(row.languageId());
            default -> Judge0Settings.DECIMALS.contains(field) ? decimal(settings.decimal(field)) : settings.get(field);
        };
    }

    private Map<String, Object> language(int id) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", languages.byJudge0Id(id).map(Language::name).orElse(null));
        return m;
    }

    static String text(byte[] bytes, boolean base64) {
        if (bytes == null) return null;
        if (base64) return Base64Text.encode(bytes);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw Judge0Exception.error(HttpStatus.BAD_REQUEST, NOT_UTF8);
        }
    }

    /** Seconds as Judge0 prints its decimals: to the millisecond, no trailing zeros, at least one decimal. */
    static String decimal(Double seconds) {
        if (seconds == null) return null;
        String s = BigDecimal.valueOf(seconds).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }

    private static String timestamp(OffsetDateTime t) {
        return t == null ? null : TIMESTAMP.format(t.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
