package dev.gavel.server.judge0;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gavel.judge.language.LanguageCatalog;
import dev.gavel.judge.language.Languages;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class Judge0FormTest {

    private static final Languages LANGUAGES = LanguageCatalog.builtIn();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Judge0Form.Checked check(String json, boolean base64) {
        return Judge0Form.check(JSON.readTree(json), base64, LANGUAGES, 100, 10);
    }

    private static Map<String, List<String>> errors(String json) {
        return assertInstanceOf(Judge0Form.Invalid.class, check(json, false)).errors();
    }

    @Test
    void defaultsAreFilledIn() {
        NewExecution e = assertInstanceOf(Judge0Form.Valid.class,
                check("{\"language_id\": \"71\", \"source_code\": \"print(1)\"}", false)).execution();
        assertEquals(71, e.languageId());
        assertNull(e.stdin());
        assertNull(e.callbackUrl());
        assertEquals(2.0, e.settings().get("cpu_time_limit"));
        assertEquals(128000L, e.settings().get("memory_limit"));
        assertEquals(false, e.settings().get("base64_encoded"));
    }

    @Test
    void base64TextIsDecoded() {
        NewExecution e = assertInstanceOf(Judge0Form.Valid.class,
                check("{\"language_id\": 71, \"source_code\": \"cHJp\\nbnQoMSk=\", \"stdin\": \"SnVkZ2Uw\"}", true))
                .execution();
        assertArrayEquals("print(1)".getBytes(StandardCharsets.UTF_8), e.source());
        assertArrayEquals("Judge0".getBytes(StandardCharsets.UTF_8), e.stdin());
        assertEquals(true, e.settings().get("base64_encoded"));
    }

    @Test
    void sizesAndLimitsAreChecked() {
        String big = "x".repeat(101);
        assertEquals(Map.of("source_code", List.of("is too long (maximum is 100 bytes)"),
                        "stdin", List.of("is too long (maximum is 10 bytes)")),
                errors("{\"language_id\": 71, \"source_code\": \"" + big + "\", \"stdin\": \"01234567890\"}"));
        assertEquals(Map.of("max_file_size", List.of("must be less than or equal to 4096"),
                        "stack_limit", List.of("must be greater than 0"),
                        "number_of_runs", List.of("must be an integer"),
                        "cpu_extra_time", List.of("must be greater than or equal to 0")),
                errors("{\"language_id\": 71, \"source_code\": \"p\", \"max_file_size\": 5000, \"stack_limit\": 0, "
                        + "\"number_of_runs\": 1.5, \"cpu_extra_time\": -1}"));
        assertEquals(Map.of("cpu_time_limit", List.of("is not a number"),
                        "compiler_options", List.of("is too long (maximum is 512 characters)")),
                errors("{\"language_id\": 71, \"source_code\": \"p\", \"cpu_time_limit\": \"soon\", "
                        + "\"compiler_options\": \"" + "-O".repeat(300) + "\"}"));
    }

    @Test
    void unsupportedAttributesAreRefused() {
        assertEquals(Map.of("enable_network", List.of("enabling network is not allowed"),
                        "additional_files", List.of("are not supported by this server"),
                        "callback_url", List.of("must be an http or https URL")),
                errors("{\"language_id\": 71, \"source_code\": \"p\", \"enable_network\": true, "
                        + "\"additional_files\": \"UEsDBA==\", \"callback_url\": \"file:///etc/passwd\"}"));
    }

    @Test
    void judge0sBase64HasLinesOf60Characters() {
        byte[] bytes = new byte[100];
        String encoded = Base64Text.encode(bytes);
        String[] lines = encoded.split("\n");
        assertEquals(60, lines[0].length());
        assertEquals(60, lines[1].length());
        assertEquals(16, lines[2].length());
        assertEquals('\n', encoded.charAt(encoded.length() - 1));
        assertArrayEquals(bytes, Base64Text.decode(encoded));
        assertEquals("", Base64Text.encode(new byte[0]));
    }

    @Test
    void timesArePrintedLikeJudge0Decimals() {
        assertEquals("0.002", Judge0Views.decimal(0.0021));
        assertEquals("2.0", Judge0Views.decimal(2.0));
        assertEquals("0.5", Judge0Views.decimal(0.5));
        assertEquals("0.0", Judge0Views.decimal(0.0));
        assertNull(Judge0Views.decimal(null));
    }
}
