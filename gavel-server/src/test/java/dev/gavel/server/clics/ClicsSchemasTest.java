package dev.gavel.server.clics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.server.testkit.Http;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The schema checks are wired: they pass what the specification allows and catch what it does not. */
class ClicsSchemasTest {

    private ClicsSchemas schemas;

    @BeforeEach
    void load() {
        schemas = ClicsSchemas.load();
    }

    private static JsonNode json(String text) {
        return Http.JSON.readTree(text);
    }

    @Test
    void aGoodContestPassesAndBrokenOnesFail() {
        schemas.assertValid("contest.json", json("""
                {"id": "wf", "name": "WF", "start_time": "2024-05-01T10:00:00.000Z", "duration": "5:00:00.000",
                 "scoreboard_type": "pass-fail", "penalty_time": 20}"""));
        List<String> missing = schemas.errors("contest.json", json("""
                {"id": "wf", "duration": "5 hours", "scoreboard_type": "pass-fail", "penalty_time": 20}"""));
        assertTrue(missing.stream().anyMatch(e -> e.contains("name")), missing.toString());
        assertTrue(missing.stream().anyMatch(e -> e.contains("duration")), missing.toString());
        List<String> scoreWithPenalty = schemas.errors("contest.json", json("""
                {"id": "ioi", "name": "IOI", "duration": "5:00:00", "scoreboard_type": "score", "penalty_time": 20}"""));
        assertFalse(scoreWithPenalty.isEmpty(), "a score contest has no penalty time");
    }

    @Test
    void referencesToSiblingFilesResolve() {
        // judgement_type_id and the times are defined in common.json
        String good = """
                {"id": "1-1", "submission_id": "1", "judgement_type_id": "AC", "start_time": "2024-05-01T10:00:00.000Z",
                 "start_contest_time": "0:00:00.000", "end_time": "2024-05-01T10:00:01.000Z",
                 "end_contest_time": "0:00:01.000"}""";
        schemas.assertValid("judgement.json", json(good));
        assertFalse(schemas.errors("judgement.json", json(good.replace("\"AC\"", "\"XX\""))).isEmpty());
        assertFalse(schemas.errors("judgement.json", json(good.replace("10:00:01.000Z", "10:00:01"))).isEmpty());
        assertFalse(schemas.errors("judgements.json", json("[" + good.replace("\"AC\"", "\"XX\"") + "]")).isEmpty(),
                "a list checks its items by the item schema");
    }

    @Test
    void anEventLineMustCarryItsFields() {
        schemas.assertValid("event-feed.json", json("""
                {"type": "state", "id": null, "data": {"started": null, "ended": null, "finalized": null,
                 "end_of_updates": null}, "token": "3"}"""));
        assertFalse(schemas.errors("event-feed.json", json("{\"type\": \"nonsense\", \"id\": null, \"data\": null}"))
                .isEmpty());
    }
}
