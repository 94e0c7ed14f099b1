package dev.gavel.server.clics;

import dev.gavel.server.api.ApiException;
import dev.gavel.server.contest.Contest;
import dev.gavel.server.contest.ContestService;
import dev.gavel.server.user.BearerAuthFilter;
import dev.gavel.server.user.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The CLICS Contest API's REST endpoints (read-only). Administrators see every object; everyone else what the public
 * board shows, and only the contests they may see (others answer 404, as if they did not exist). Collections accept
 * the specification's filters on properties of type ID ({@code ?team_id=3}; an empty value matches null).
 */
@RestController
@RequestMapping("/api/clics")
class ClicsController {

    static final String VERSION = "2023-06";
    private static final String VERSION_URL = "https://ccs-specs.icpc.io/2023-06/contest_api";

    private final ContestService contests;
    private final JournalKeeper keeper;
    private final ClicsProjection projection;
    private final ScoreboardBuilder scoreboards;

    ClicsController(ContestService contests, JournalKeeper keeper, ClicsProjection projection,
                    ScoreboardBuilder scoreboards) {
        this.contests = contests;
        this.keeper = keeper;
        this.projection = projection;
        this.scoreboards = scoreboards;
    }

    @GetMapping({"", "/"})
    ResponseEntity<String> api() {
        return json(ClicsJson.write(new Wire.ApiInfo(VERSION, VERSION_URL, new Wire.Provider("Gavel"))));
    }

    @GetMapping("/contests")
    ResponseEntity<String> contestList(HttpServletRequest request) {
        List<String> items = contests.visibleTo(BearerAuthFilter.userOf(request)).stream()
                .map(c -> ClicsJson.write(projection.contestObject(c))).toList();
        return json(array(items));
    }

    @GetMapping("/contests/{contest}")
    ResponseEntity<String> contest(@PathVariable String contest, HttpServletRequest request) {
        return singleton(contest, ObjectType.CONTEST, request);
    }

    @GetMapping("/contests/{contest}/state")
    ResponseEntity<String> state(@PathVariable String contest, HttpServletRequest request) {
        return singleton(contest, ObjectType.STATE, request);
    }

    @GetMapping("/contests/{contest}/access")
    ResponseEntity<String> access(@PathVariable String contest, HttpServletRequest request) {
        Contest c = contests.visible(contest, BearerAuthFilter.userOf(request));
        return json(ClicsJson.write(AccessDescription.of(c)));
    }

    @GetMapping("/contests/{contest}/scoreboard")
    ResponseEntity<String> scoreboard(@PathVariable String contest, HttpServletRequest request) {
        Optional<CurrentUser> user = BearerAuthFilter.userOf(request);
        Contest c = contests.visible(contest, user);
        return json(ClicsJson.write(scoreboards.scoreboard(c, audience(user), contests.now())));
    }

    @GetMapping("/contests/{contest}/{endpoint}")
    ResponseEntity<String> collection(@PathVariable String contest, @PathVariable String endpoint,
                                      @RequestParam Map<String, String> query, HttpServletRequest request) {
        ObjectType type = collectionType(endpoint);
        Optional<CurrentUser> user = BearerAuthFilter.userOf(request);
        Contest c = contests.visible(contest, user);
        List<String> objects = keeper.read(c, j -> j.objects(type, audience(user)));
        Map<String, String> filters = filters(query);
        if (!filters.isEmpty()) objects = objects.stream().filter(o -> matches(o, filters)).toList();
        return json(array(objects));
    }

    @GetMapping("/contests/{contest}/{endpoint}/{id}")
    ResponseEntity<String> object(@PathVariable String contest, @PathVariable String endpoint,
                                  @PathVariable String id, HttpServletRequest request) {
        ObjectType type = collectionType(endpoint);
        Optional<CurrentUser> user = BearerAuthFilter.userOf(request);
        Contest c = contests.visible(contest, user);
        return json(keeper.read(c, j -> j.object(new ObjectKey(type, id), audience(user))).orElseThrow(() ->
                ApiException.notFound("unknown-object", "contest '" + contest + "' has no " + endpoint + " '" + id
                        + "'")));
    }

    private ResponseEntity<String> singleton(String contest, ObjectType type, HttpServletRequest request) {
        Optional<CurrentUser> user = BearerAuthFilter.userOf(request);
        Contest c = contests.visible(contest, user);
        return json(keeper.read(c, j -> j.object(ObjectKey.singleton(type), audience(user))).orElseThrow());
    }

    private static ObjectType collectionType(String endpoint) {
        return ObjectType.collection(endpoint).orElseThrow(() -> ApiException.notFound("unknown-endpoint",
                "Gavel's CLICS API has no endpoint '" + endpoint + "'; it serves judgement-types, languages, "
                        + "problems, teams, submissions, judgements, state, scoreboard, access and event-feed"));
    }

    static Audience audience(Optional<CurrentUser> user) {
        return user.map(CurrentUser::admin).orElse(false) ? Audience.ADMIN : Audience.PUBLIC;
    }

    /** The query's filters: parameters naming a property of type ID ({@code *_id}). */
    private static Map<String, String> filters(Map<String, String> query) {
        return query.entrySet().stream().filter(e -> e.getKey().endsWith("_id"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static boolean matches(String object, Map<String, String> filters) {
        JsonNode node = ClicsJson.tree(object);
        for (Map.Entry<String, String> f : filters.entrySet()) {
            JsonNode value = node.get(f.getKey());
            boolean isNull = value == null || value.isNull();
            if (f.getValue().isEmpty() ? !isNull : isNull || !value.asString().equals(f.getValue())) return false;
        }
        return true;
    }

    private static String array(List<String> objects) {
        return "[" + String.join(",", objects) + "]";
    }

    private static ResponseEntity<String> json(String body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
