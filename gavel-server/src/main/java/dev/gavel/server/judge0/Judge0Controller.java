package dev.gavel.server.judge0;

import dev.gavel.judge.language.Languages;
import dev.gavel.server.config.GavelProperties;
import dev.gavel.server.engine.JudgeEngine;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Judge0 submissions and batches under {@code /judge0}: create (optionally waiting), get, list, delete. */
@RestController
@RequestMapping("/judge0")
class Judge0Controller {

    private static final Pattern LEADING_INTEGER = Pattern.compile("^\\s*([+-]?\\d+)");

    private final Judge0Service service;
    private final ExecutionStore store;
    private final Judge0Views views;
    private final ExecutionWaits waits;
    private final Languages languages;
    private final JsonMapper json;
    private final GavelProperties properties;
    private final Judge0Authorization authorization;

    Judge0Controller(Judge0Service service, ExecutionStore store, Judge0Views views, ExecutionWaits waits,
                     JudgeEngine engine, JsonMapper json, GavelProperties properties,
                     Judge0Authorization authorization) {
        this.service = service;
        this.store = store;
        this.views = views;
        this.waits = waits;
        this.languages = engine.languages();
        this.json = json;
        this.properties = properties;
        this.authorization = authorization;
    }

    @PostMapping("/submissions")
    ResponseEntity<Object> create(@RequestBody(required = false) String body,
                                  @RequestParam(name = "base64_encoded", required = false) String base64,
                                  @RequestParam(required = false) String wait,
                                  @RequestParam(required = false) String fields) throws InterruptedException {
        boolean encoded = flag(base64);
        List<String> selected = Judge0Views.fields(fields);
        NewExecution execution = switch (check(parse(body), encoded)) {
            case Judge0Form.Valid v -> v.execution();
            case Judge0Form.Invalid i -> throw Judge0Exception.invalid(i.errors());
        };
        Judge0Service.Created created = service.create(List.of(execution)).getFirst();
        if (!flag(wait)) return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("token", created.token()));
        Duration timeout = Duration.ofMillis(Math.round(((Number) execution.settings().get("wall_time_limit"))
                .doubleValue() * 1000)).plus(properties.judge0().waitMargin());
        ExecutionRow row = waits.await(created.id(), timeout).orElseThrow(() -> notFound());
        try {
            return ResponseEntity.status(HttpStatus.CREATED).body(views.of(row, selected, encoded));
        } catch (Judge0Exception e) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("token", row.token());
            answer.put("error", Judge0Views.NOT_UTF8);
            return ResponseEntity.status(HttpStatus.CREATED).body(answer);
        }
    }

    @GetMapping("/submissions/{token}")
    Map<String, Object> get(@PathVariable String token,
                            @RequestParam(name = "base64_encoded", required = false) String base64,
                            @RequestParam(required = false) String fields) {
        List<String> selected = Judge0Views.fields(fields);
        ExecutionRow row = store.byToken(token).orElseThrow(Judge0Controller::notFound);
        return views.of(row, selected, flag(base64));
    }

    @DeleteMapping("/submissions/{token}")
    Map<String, Object> delete(@PathVariable String token, @RequestParam(required = false) String fields,
                               HttpServletRequest request) {
        authorization.check(request);
        List<String> selected = Judge0Views.fields(fields);
        if (!properties.judge0().submissionDelete()) {
            throw Judge0Exception.error(HttpStatus.BAD_REQUEST, "delete not allowed");
        }
        ExecutionRow row = store.byToken(token).orElseThrow(Judge0Controller::notFound);
        if (!row.status().finished()) {
            throw Judge0Exception.error(HttpStatus.BAD_REQUEST, "submission cannot be deleted because its status is "
                    + row.statusId() + " (" + row.status().description() + ")");
        }
        Map<String, Object> view = views.of(row, selected, true);
        store.delete(row.id());
        return view;
    }

    @PostMapping("/submissions/batch")
    ResponseEntity<Object> createBatch(@RequestBody(required = false) String body,
                                       @RequestParam(name = "base64_encoded", required = false) String base64) {
        JsonNode submissions = parse(body).get("submissions");
        if (submissions == null || !submissions.isArray()) {
            throw Judge0Exception.error(HttpStatus.BAD_REQUEST, "submissions must be an array");
        }
        checkBatchSize(submissions.size(), "submissions");
        List<Object> answer = new ArrayList<>();
        List<NewExecution> valid = new ArrayList<>();
        for (JsonNode item : submissions) {
            switch (check(item, flag(base64))) {
                case Judge0Form.Valid v -> {
                    valid.add(v.execution());
                    answer.add(null);
                }
                case Judge0Form.Invalid i -> {
                    valid.add(null);
                    answer.add(i.errors());
                }
            }
        }
        if (valid.stream().allMatch(e -> e == null)) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(answer);
        }
        List<Judge0Service.Created> created = service.create(valid);
        for (int i = 0; i < answer.size(); i++) {
            if (created.get(i) != null) answer.set(i, Map.of("token", created.get(i).token()));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(answer);
    }

    @GetMapping("/submissions/batch")
    Map<String, Object> getBatch(@RequestParam(required = false) String tokens,
                                 @RequestHeader(name = "tokens", required = false) String tokensHeader,
                                 @RequestParam(name = "base64_encoded", required = false) String base64,
                                 @RequestParam(required = false) String fields) {
        // Judge0 takes the tokens from a header too, for lists too long for a URL
        String given = tokensHeader != null ? tokensHeader : tokens == null ? "" : tokens;
        List<String> list = Arrays.stream(given.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        List<String> selected = Judge0Views.fields(fields);
        checkBatchSize(list.size(), "submissions");
        List<Map<String, Object>> found = new ArrayList<>();
        try {
            for (String token : list) {
                found.add(store.byToken(token).map(r -> views.of(r, selected, flag(base64))).orElse(null));
            }
        } catch (Judge0Exception e) {
            throw Judge0Exception.error(HttpStatus.BAD_REQUEST, "some attributes for one or more submissions cannot "
                    + "be converted to UTF-8, use base64_encoded=true query parameter");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("submissions", found);
        return answer;
    }

    /** Every submission, newest first, a page at a time; needs authorization. */
    @GetMapping("/submissions")
    Map<String, Object> list(@RequestParam(required = false) String page,
                             @RequestParam(name = "per_page", required = false) String perPage,
                             @RequestParam(name = "base64_encoded", required = false) String base64,
                             @RequestParam(required = false) String fields, HttpServletRequest request) {
        authorization.check(request);
        List<String> selected = Judge0Views.fields(fields);
        long p = page == null ? 1 : integer(page);
        long size = perPage == null ? 20 : integer(perPage);
        if (p <= 0) throw Judge0Exception.error(HttpStatus.BAD_REQUEST, "invalid page: " + p);
        if (size < 0) throw Judge0Exception.error(HttpStatus.BAD_REQUEST, "invalid per_page: " + size);
        int limit = (int) Math.min(size, 1000);
        long total = store.count();
        List<Map<String, Object>> list = new ArrayList<>();
        try {
            if (limit > 0) {
                for (ExecutionRow row : store.page((p - 1) * limit, limit)) {
                    list.add(views.of(row, selected, flag(base64)));
                }
            }
        } catch (Judge0Exception e) {
            throw Judge0Exception.error(HttpStatus.BAD_REQUEST, "some attributes for one or more submissions cannot "
                    + "be converted to UTF-8, use base64_encoded=true query parameter");
        }
        long pages = limit == 0 ? 0 : (total + limit - 1) / limit;
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("current_page", p);
        meta.put("next_page", p < pages ? p + 1 : null);
        meta.put("prev_page", p > 1 ? p - 1 : null);
        meta.put("total_pages", pages);
        meta.put("total_count", total);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("submissions", list);
        answer.put("meta", meta);
        return answer;
    }

    /** Ruby's {@code to_i}: the leading integer, 0 if none. */
    private static long integer(String s) {
        Matcher m = LEADING_INTEGER.matcher(s);
        if (!m.find()) return 0;
        try {
            return Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private Judge0Form.Checked check(JsonNode item, boolean base64) {
        return Judge0Form.check(item, base64, languages, properties.limits().source().toBytes(),
                properties.limits().stdin().toBytes());
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw Judge0Exception.error(HttpStatus.BAD_REQUEST, "request body is empty");
        }
        try {
            JsonNode node = json.readTree(body);
            if (!node.isObject()) throw Judge0Exception.error(HttpStatus.BAD_REQUEST, "request body is not a JSON object");
            return node;
        } catch (JacksonException e) {
            throw Judge0Exception.error(HttpStatus.BAD_REQUEST, "request body is not valid JSON: "
                    + e.getOriginalMessage());
        }
    }

    private void checkBatchSize(int size, String what) {
        int max = properties.limits().batch();
        if (size == 0) {
            throw Judge0Exception.error(HttpStatus.BAD_REQUEST, "there should be at least one submission in a batch");
        }
        if (size > max) {
            throw Judge0Exception.error(HttpStatus.BAD_REQUEST, "number of " + what + " in a batch should be less "
                    + "than or equal to " + max);
        }
    }

    private static boolean flag(String value) {
        return "true".equalsIgnoreCase(value);
    }

    static Judge0Exception notFound() {
        return Judge0Exception.error(HttpStatus.NOT_FOUND, "Not Found");
    }
}
