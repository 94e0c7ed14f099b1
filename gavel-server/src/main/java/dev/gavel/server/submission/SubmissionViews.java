package dev.gavel.server.submission;

import dev.gavel.judge.Verdict;
import dev.gavel.judge.grading.Subtask;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Turns rows and live progress into {@link SubmissionView}s; stores per-test results as JSON. */
@Component
public class SubmissionViews {

    private static final TypeReference<List<TestView>> TESTS = new TypeReference<>() {
    };

    private static final TypeReference<List<Subtask>> SUBTASKS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public SubmissionViews(ObjectMapper json) {
        this.json = json;
    }

    public SubmissionView of(SubmissionRow r) {
        if (!r.done()) {
            return new SubmissionView(r.id(), r.problemSlug(), r.language(), r.username(), "queued", null, null, null,
                    null, null, null, null, null, null, List.of(), List.of(), r.createdAt(), null);
        }
        return new SubmissionView(r.id(), r.problemSlug(), r.language(), r.username(), "done", null,
                tests(r).size(), r.verdict(), title(r.verdict()), r.score(), r.timeMs(), r.memoryKib(),
                r.compileOutput(), r.reason(), tests(r), subtasks(r.subtasksJson()), r.createdAt(), r.judgedAt());
    }

    /** The row's view with live progress (compiling, running test k of n) in place of "queued". */
    public SubmissionView withProgress(SubmissionRow r, String status, Integer test, Integer tests) {
        SubmissionView v = of(r);
        return new SubmissionView(v.id(), v.problem(), v.language(), v.user(), status, test, tests, null, null, null,
                null, null, null, null, List.of(), List.of(), v.createdAt(), null);
    }

    public String testsJson(List<TestView> tests) {
        return json.writeValueAsString(tests);
    }

    public String subtasksJson(List<Subtask> subtasks) {
        return json.writeValueAsString(subtasks);
    }

    /** Subtask scores stored by {@link #subtasksJson}. */
    public List<Subtask> subtasks(String stored) {
        if (stored == null || stored.isEmpty()) return List.of();
        return json.readValue(stored, SUBTASKS);
    }

    private List<TestView> tests(SubmissionRow r) {
        if (r.testsJson() == null || r.testsJson().isEmpty()) return List.of();
        return json.readValue(r.testsJson(), TESTS);
    }

    private static String title(String verdict) {
        return verdict == null ? null : Verdict.parse(verdict).map(Verdict::title).orElse(verdict);
    }
}
