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
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.Resource;
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

    /** A problem in the list; {@code solved} (an Accepted submission of the user's) only for a signed-in user. */
    public record ProblemSummary(String slug, String name, String difficulty, List<String> tags, Boolean solved) {
    }

    /** A page of problems, and every tag and difficulty there is to filter by. */
    public record ProblemList(List<ProblemSummary> items, int page, int limit, long total, List<String> tags,
                              List<String> difficulties) {
    }

    private static final int MAX_QUERY = 100;

    @GetMapping
    public ProblemList list(@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int limit,
                            @RequestParam(required = false) String q, @RequestParam(required = false) String tag,
                            @RequestParam(required = false) String difficulty, HttpServletRequest request) {
        int offset = Requests.offset(page, limit);
        for (String text : new String[] {q, tag, difficulty}) {
            if (text != null && text.length() > MAX_QUERY) {
                throw ApiException.badRequest("bad-filter", "a filter is at most " + MAX_QUERY + " characters");
            }
        }
        Set<Long> hidden = hidden(request);
        ProblemStore.Filter filter = new ProblemStore.Filter(q, tag, difficulty, hidden);
        List<StoredProblem> problems = store.page(offset, limit, filter);
        Optional<CurrentUser> user = BearerAuthFilter.userOf(request);
        Set<Long> solved = user.map(u -> store.solvedBy(u.id(), problems.stream().map(StoredProblem::id).toList()))
                .orElse(Set.of());
        List<ProblemSummary> items = problems.stream()
                .map(p -> new ProblemSummary(p.slug(), p.name(), p.difficulty(), p.tags(),
                        user.isPresent() ? solved.contains(p.id()) : null))
                .toList();
        ProblemStore.Facets facets = store.facets(hidden);
        return new ProblemList(items, page, limit, store.count(filter), facets.tags(), facets.difficulties());
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

    @GetMapping("/{slug}")
    public ProblemPage get(@PathVariable String slug, HttpServletRequest request) {
        return catalog.pageOf(practiceProblem(slug, request));
    }

    /** The statement when the package has it only as a PDF ({@code statementFormat} {@code pdf}). */
    @GetMapping("/{slug}/statement.pdf")
    public ResponseEntity<Resource> statementPdf(@PathVariable String slug, HttpServletRequest request) {
        return StatementPdf.of(practiceProblem(slug, request));
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
