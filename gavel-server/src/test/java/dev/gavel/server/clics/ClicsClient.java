package dev.gavel.server.clics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.server.testkit.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads a test server's CLICS API and checks every answer, and every event's data, against the CLICS schemas. Where
 * the schemas are not there (a clone without {@code shared/}) it checks everything else: {@link ClicsSchemasTest}
 * is then skipped and says where they were looked for.
 */
final class ClicsClient {

    static final String BASE = "/api/clics";
    private static final Map<String, String> SCHEMA_OF_TYPE = Map.of("contest", "contest.json", "state", "state.json",
            "judgement-types", "judgement-type.json", "languages", "language.json", "problems", "problem.json",
            "teams", "team.json", "submissions", "submission.json", "judgements", "judgement.json");

    private final Http http;
    private final Optional<ClicsSchemas> schemas;

    ClicsClient(Http http, Optional<ClicsSchemas> schemas) {
        this.http = http;
        this.schemas = schemas;
    }

    private void assertValid(String schema, JsonNode value) {
        schemas.ifPresent(s -> s.assertValid(schema, value));
    }

    /** GETs {@code /api/clics<path>}, expects 200 and checks the answer by the schema file. */
    JsonNode get(String path, String token, String schema) {
        Http.Response r = http.get(BASE + path, token);
        assertEquals(200, r.status(), path + ": " + r.body());
        assertTrue(r.header("Content-Type").startsWith("application/json"), r.header("Content-Type"));
        JsonNode body = r.json();
        assertValid(schema, body);
        return body;
    }

    /** A collection and each of its objects fetched alone (which must be the same object), all checked. */
    JsonNode collection(String contest, String endpoint, String token, String itemSchema) {
        String listSchema = itemSchema.replace(".json", "s.json");
        JsonNode list = get("/contests/" + contest + "/" + endpoint, token, listSchema);
        for (JsonNode item : list) {
            JsonNode one = get("/contests/" + contest + "/" + endpoint + "/" + item.get("id").asString(), token,
                    itemSchema);
            assertEquals(item, one, "the object alone is the object in the list");
        }
        return list;
    }

    /** The event feed read to its end ({@code stream=false}); every line and its data checked. */
    List<JsonNode> feed(String contest, String token, String query) {
        Http.Response r = http.get(BASE + "/contests/" + contest + "/event-feed?stream=false" + query, token);
        assertEquals(200, r.status(), r.body());
        assertTrue(r.header("Content-Type").startsWith("application/x-ndjson"), r.header("Content-Type"));
        List<JsonNode> events = new ArrayList<>();
        for (String line : r.body().split("\n")) {
            if (line.isBlank()) continue;
            JsonNode event = Http.JSON.readTree(line);
            checkEvent(event);
            events.add(event);
        }
        return events;
    }

    /** An event line by event-feed.json, and its data (unless a deletion) by its type's schema. */
    void checkEvent(JsonNode event) {
        assertValid("event-feed.json", event);
        String type = event.get("type").asString();
        String schema = SCHEMA_OF_TYPE.get(type);
        assertTrue(schema != null, "an event of a type Gavel does not log: " + event);
        if (!event.get("data").isNull()) assertValid(schema, event.get("data"));
    }
}
