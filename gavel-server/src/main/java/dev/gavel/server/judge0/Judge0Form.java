package dev.gavel.server.judge0;

import dev.gavel.judge.language.Languages;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Checks one submission's attributes as Judge0 does and collects the errors Judge0 would give, per attribute, in its
 * words ("can't be blank", "must be less than or equal to 15"...). Attributes Judge0 does not know are ignored.
 */
final class Judge0Form {

    private final JsonNode json;
    private final boolean base64;
    private final Map<String, List<String>> errors = new LinkedHashMap<>();
    private final Map<String, Object> settings = new LinkedHashMap<>();

    private Judge0Form(JsonNode json, boolean base64) {
        this.json = json;
        this.base64 = base64;
    }

    /** The submission, or the errors (field → messages) that refuse it. */
    sealed interface Checked {
    }

    record Valid(NewExecution execution) implements Checked {
    }

    record Invalid(Map<String, List<String>> errors) implements Checked {
    }

    static Checked check(JsonNode json, boolean base64, Languages languages, long maxSource, long maxStdin) {
        if (json == null || !json.isObject()) {
            return new Invalid(Map.of("submission", List.of("must be a JSON object")));
        }
        return new Judge0Form(json, base64).check(languages, maxSource, maxStdin);
    }

    private Checked check(Languages languages, long maxSource, long maxStdin) {
        byte[] source = text("source_code", maxSource);
        if (source == null || new String(source, StandardCharsets.UTF_8).isBlank()) {
            if (!errors.containsKey("source_code")) error("source_code", "can't be blank");
        }
        Integer languageId = languageId(languages);
        byte[] stdin = text("stdin", maxStdin);
        byte[] expected = text("expected_output", maxStdin);
        string("compiler_options", Judge0Config.MAX_OPTIONS_LENGTH);
        string("command_line_arguments", Judge0Config.MAX_OPTIONS_LENGTH);
        number("cpu_time_limit", Judge0Config.CPU_TIME_LIMIT, 0, false, Judge0Config.MAX_CPU_TIME_LIMIT, false);
        number("cpu_extra_time", Judge0Config.CPU_EXTRA_TIME, 0, true, Judge0Config.MAX_CPU_EXTRA_TIME, false);
        number("wall_time_limit", Judge0Config.WALL_TIME_LIMIT, 0, false, Judge0Config.MAX_WALL_TIME_LIMIT, false);
        number("memory_limit", Judge0Config.MEMORY_LIMIT, Judge0Config.MIN_MEMORY_LIMIT, true,
                Judge0Config.MAX_MEMORY_LIMIT, true);
        number("stack_limit", Judge0Config.STACK_LIMIT, 0, false, Judge0Config.MAX_STACK_LIMIT, true);
        number("max_processes_and_or_threads", Judge0Config.MAX_PROCESSES, 0, false, Judge0Config.MAX_MAX_PROCESSES,
                true);
        number("max_file_size", Judge0Config.MAX_FILE_SIZE, 0, false, Judge0Config.MAX_MAX_FILE_SIZE, true);
        number("number_of_runs", Judge0Config.NUMBER_OF_RUNS, 0, false, Judge0Config.MAX_NUMBER_OF_RUNS, true);
        // the sandbox limits CPU time and memory of the whole run only; config_info says these cannot be enabled
        if (bool("enable_per_process_and_thread_time_limit", false)) {
            error("enable_per_process_and_thread_time_limit", "this option cannot be enabled");
        }
        if (bool("enable_per_process_and_thread_memory_limit", false)) {
            error("enable_per_process_and_thread_memory_limit", "this option cannot be enabled");
        }
        bool("redirect_stderr_to_stdout", false);
        if (bool("enable_network", false)) error("enable_network", "enabling network is not allowed");
        JsonNode files = json.get("additional_files");
        if (files != null && !files.isNull() && !files.asString("").isEmpty()) {
            error("additional_files", "are not supported by this server");
        }
        String callback = callbackUrl();
        settings.put("base64_encoded", base64);
        if (!errors.isEmpty()) return new Invalid(errors);
        return new Valid(new NewExecution(languageId, source, stdin, expected, settings, callback));
    }

    private Integer languageId(Languages languages) {
        JsonNode node = json.get("language_id");
        if (node == null || node.isNull() || node.asString("").isBlank() && !node.isNumber()) {
            error("language_id", "can't be blank");
            return null;
        }
        Double value = numeric(node);
        if (value == null || value != Math.rint(value)) {
            error("language_id", "is not a number");
            return null;
        }
        long id = value.longValue();
        if (id < 1 || id > Integer.MAX_VALUE || languages.byJudge0Id((int) id).isEmpty()) {
            error("language_id", "language with id " + node.asString() + " doesn't exist");
            return null;
        }
        return (int) id;
    }

    /** A text attribute as bytes (decoded from base64 when asked), or null when absent. */
    private byte[] text(String field, long max) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) return null;
        if (!node.isString()) {
            error(field, "must be a string");
            return null;
        }
        byte[] bytes;
        if (base64) {
            try {
                bytes = Base64Text.decode(node.stringValue());
            } catch (IllegalArgumentException e) {
                error(field, "is not valid Base64");
                return null;
            }
        } else {
            bytes = node.stringValue().getBytes(StandardCharsets.UTF_8);
        }
        if (bytes.length > max) {
            error(field, "is too long (maximum is " + max + " bytes)");
            return null;
        }
        return bytes;
    }

    private void string(String field, int maxLength) {
        JsonNode node = json.get(field);
        String value = node == null || node.isNull() ? null : node.asString();
        if (value != null && value.length() > maxLength) {
            error(field, "is too long (maximum is " + maxLength + " characters)");
        }
        if (value != null && value.indexOf('\0') >= 0) error(field, "must not contain NUL characters");
        settings.put(field, value);
    }

    private void number(String field, double fallback, double min, boolean minIncluded, double max, boolean integer) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull() || node.isString() && node.stringValue().isBlank()) {
            settings.put(field, integer ? (Object) (long) fallback : (Object) fallback);
            return;
        }
        Double value = numeric(node);
        if (value == null) {
            error(field, "is not a number");
            return;
        }
        if (integer && value != Math.rint(value)) {
            error(field, "must be an integer");
        } else if (minIncluded ? value < min : value <= min) {
            error(field, "must be greater than " + (minIncluded ? "or equal to " : "") + plain(min));
        } else if (value > max) {
            error(field, "must be less than or equal to " + plain(max));
        }
        settings.put(field, integer ? (Object) value.longValue() : (Object) value);
    }

    private boolean bool(String field, boolean fallback) {
        JsonNode node = json.get(field);
        boolean value = fallback;
        if (node != null && !node.isNull()) {
            if (node.isBoolean()) {
                value = node.booleanValue();
            } else if (node.isString() && (node.stringValue().equals("true") || node.stringValue().equals("false"))) {
                value = Boolean.parseBoolean(node.stringValue());
            } else {
                error(field, "must be true or false");
            }
        }
        settings.put(field, value);
        return value;
    }

    private String callbackUrl() {
        JsonNode node = json.get("callback_url");
        if (node == null || node.isNull() || node.asString("").isBlank()) return null;
        String url = node.asString();
        try {
            URI uri = URI.create(url);
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
                    || uri.getHost() == null) {
                error("callback_url", "must be an http or https URL");
            }
        } catch (IllegalArgumentException e) {
            error("callback_url", "is not a valid URL");
        }
        if (url.length() > 2000) error("callback_url", "is too long (maximum is 2000 characters)");
        return url;
    }

    private static Double numeric(JsonNode node) {
        if (node.isNumber()) return node.doubleValue();
        if (node.isString()) {
            try {
                double d = Double.parseDouble(node.stringValue().strip());
                return Double.isFinite(d) ? d : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private void error(String field, String message) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }
}
