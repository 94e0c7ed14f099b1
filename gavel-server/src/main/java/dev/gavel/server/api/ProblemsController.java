package dev.gavel.server.api;

import dev.gavel.server.contest.ContestService;
import dev.gavel.server.problem.LoadedProblem;
import dev.gavel.server.problem.ProblemCatalog;
import dev.gavel.server.problem.ProblemPage;
import dev.gavel.server.problem.ProblemStore;
import dev.gavel.server.problem.StoredProblem;
import dev.gavel.server.submission.SubmissionService;
import dev.gavel.server.user.BearerAuthFilter;
import dev.gavel.server.user.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The practice API's problems: list, page, submit. */
@RestController
@RequestMapping("/api/problems")
public class ProblemsController {

    private final ProblemStore store;
    private final ProblemCatalog catalog;
    private final SubmissionService submissions;
    private final ContestService contests;

    public ProblemsController(ProblemStore store, ProblemCatalog catalog, SubmissionService submissions,
                              ContestService contests) {
        this.store = store;
        this.catalog = catalog;
        this.submissions = submissions;
        this.contests = contests;
    }

    public record ProblemSummary(String slug, String name, String difficulty, List<String> tags) {
    }

    public record ProblemList(List<ProblemSummary> items, int page, int limit, long total) {
    }

    @GetMapping
    public ProblemList list(@RequestParam(defaultValue = "1") int page,
                            @RequestParam(defaultValue = "20") int limit, HttpServletRequest request) {
        int offset = Requests.offset(page, limit);
        Set<Long> hidden = hidden(request);
        List<ProblemSummary> items = store.page(offset, limit, hidden).stream()
                .map(ProblemsController::summary).toList();
        return new ProblemList(items, page, limit, store.count(hidden));
    }

    /** Problems of contests not over yet are kept from the practice API; administrators see them. */
    private Set<Long> hidden(HttpServletRequest request) {
        boolean admin = BearerAuthFilter.userOf(request).map(CurrentUser::admin).orElse(false);
        return admin ? Set.of() : contests.problemsInUnfinishedContests();
    }

    private LoadedProblem practiceProblem(String slug, HttpServletRequest request) {
        return catalog.bySlug(slug).filter(p -> !hidden(request).contains(p.id()))
                .orElseThrow(() -> ApiException.notFound("unknown-problem", "there is no problem '" + slug + "'"));
    }

    private static ProblemSummary summary(StoredProblem p) {
        return new ProblemSummary(p.slug(), p.name(), p.difficulty(), p.tags());
    }

    @GetMapping("/{slug}")
    public ProblemPage get(@PathVariable String slug, HttpServletRequest request) {
        return catalog.pageOf(practiceProblem(slug, request));
    }

    public record SubmitRequest(String language, String source) {
    }

    public record Accepted(long id, String status, String location) {
    }

    @PostMapping("/{slug}/submissions")
    public ResponseEntity<Accepted> submit(@PathVariable String slug, @RequestBody SubmitRequest body,
                                           HttpServletRequest request) {
        if (body == null) throw ApiException.badRequest("missing-body", "send {\"language\": ..., \"source\": ...}");
        practiceProblem(slug, request);
        long id = submissions.submit(Requests.signedIn(request), slug, body.language(), body.source());
        String location = "/api/submissions/" + id;
        return ResponseEntity.accepted().location(URI.create(location)).body(new Accepted(id, "queued", location));
    }
}
