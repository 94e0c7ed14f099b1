package dev.gavel.server.clics;

import dev.gavel.server.contest.Contest;
import dev.gavel.server.contest.ContestFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code access} object: which endpoints and properties Gavel serves for a contest. The same for every reader
 * (no capabilities: the API is read-only); a pass-fail contest has penalties, a score contest has scores.
 */
final class AccessDescription {

    private AccessDescription() {
    }

    static Wire.Access of(Contest c) {
        boolean icpc = c.format() == ContestFormat.ICPC;
        List<Wire.EndpointAccess> endpoints = new ArrayList<>();
        endpoints.add(endpoint("contest", "id", "name", "formal_name", "start_time", "duration",
                "scoreboard_freeze_duration", "scoreboard_type", icpc ? "penalty_time" : null));
        endpoints.add(endpoint("judgement-types", "id", "name", icpc ? "penalty" : null, "solved"));
        endpoints.add(endpoint("languages", "id", "name", "entry_point_required", "extensions"));
        endpoints.add(endpoint("problems", "id", "label", "name", "ordinal", "time_limit", "test_data_count",
                icpc ? null : "max_score"));
        endpoints.add(endpoint("teams", "id", "name", "label"));
        endpoints.add(endpoint("state", "started", "frozen", "ended", "thawed", "finalized", "end_of_updates"));
        endpoints.add(endpoint("submissions", "id", "language_id", "problem_id", "team_id", "time", "contest_time",
                "entry_point", "files"));
        endpoints.add(endpoint("judgements", "id", "submission_id", "judgement_type_id", icpc ? null : "score",
                "start_time", "start_contest_time", "end_time", "end_contest_time", "max_run_time"));
        endpoints.add(endpoint("scoreboard", "time", "contest_time", "state", "rows"));
        endpoints.add(endpoint("event-feed", "type", "id", "data", "token"));
        return new Wire.Access(List.of(), endpoints);
    }

    /** An endpoint with its properties; null ones are left out. */
    private static Wire.EndpointAccess endpoint(String type, String... properties) {
        List<String> present = new ArrayList<>();
        for (String p : properties) {
            if (p != null) present.add(p);
        }
        return new Wire.EndpointAccess(type, present);
    }
}
