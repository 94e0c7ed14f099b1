package dev.gavel.server.clics;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads {@link Wire} objects: snake_case names, null properties left out (unless a type says so). */
final class ClicsJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .changeDefaultPropertyInclusion(i -> JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL))
            .build();

    private ClicsJson() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    static JsonNode tree(String json) {
        return MAPPER.readTree(json);
    }

    /** A string as a JSON string literal, or {@code null}. */
    static String quote(String s) {
        return MAPPER.writeValueAsString(s);
    }
}
