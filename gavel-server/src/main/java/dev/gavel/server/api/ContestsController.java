package dev.gavel.server.api;

import dev.gavel.server.api.ContestViews.ContestList;
import dev.gavel.server.api.ContestViews.ContestView;
import dev.gavel.server.api.ProblemsController.Accepted;
import dev.gavel.server.api.ProblemsController.SubmitRequest;
import dev.gavel.server.contest.Contest;
import dev.gavel.server.contest.ContestProblem;
import dev.gavel.server.contest.ContestRequest;
import dev.gavel.server.contest.ContestService;
import dev.gavel.server.problem.LoadedProblem;
import dev.gavel.server.problem.ProblemCatalog;
import dev.gavel.server.problem.ProblemPage;
import dev.gavel.server.user.BearerAuthFilter;
import dev.gavel.server.user.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Contests: list, page, registration, problems, submissions; administrators create and edit them. */
@RestController
public class ContestsController {

    private final ContestService contests;
    private final ProblemCatalog catalog;

    public ContestsController(ContestService contests, ProblemCatalog catalog) {
        this.contests = contests;
        this.catalog = catalog;
    }

    @GetMapping("/api/contests")
    public ContestList list(HttpServletRequest request) {
        Optional<CurrentUser> user = BearerAuthFilter.userOf(request);
        return new ContestList(contests.visibleTo(user).stream().map(c -> view(c, user)).toList());
    }

    @GetMapping("/api/contests/{contest}")
    public ContestView get(@PathVariable String contest, HttpServletRequest request) {
        Optional<CurrentUser> user = BearerAuthFilter.userOf(request);
        return view(contests.visible(contest, user), user);
    }

    private ContestView view(Contest c, Optional<CurrentUser> user) {
        Instant now = contests.now();
        boolean registered = user.isPresent() && contests.isParticipant(c, user.get());
        return ContestViews.of(c, now, registered, contests.problemsShown(c, user));
    }

    @PostMapping("/api/contests/{contest}/register")
    public ResponseEntity<Map<String, Object>> register(@PathVariable String contest, HttpServletRequest request) {
        boolean added = contests.register(contest, Requests.signedIn(request));
        return ResponseEntity.status(added ? HttpStatus.CREATED : HttpStatus.OK)
                .body(Map.of("contest", contest, "registered", true));
    }

    /** A contest problem's page (statement, samples, languages, stubs) once the contest has started. */
    @GetMapping("/api/contests/{contest}/problems/{label}")
    public ProblemPage problem(@PathVariable String contest, @PathVariable String label,
                               HttpServletRequest request) {
        return catalog.pageOf(shownProblem(contest, label, request));
    }

    private LoadedProblem shownProblem(String contest, String label, HttpServletRequest request) {
        Optional<CurrentUser> user = BearerAuthFilter.userOf(request);
        Contest c = contests.visible(contest, user);
        ContestProblem p = contests.shownProblem(c, user, label);
        return catalog.byId(p.problemId()).orElseThrow(() -> new ApiException(
                HttpStatus.SERVICE_UNAVAILABLE, "problem-not-loaded", "problem " + label + " is not loaded yet"));
    }

    /** A contest problem's statement when its package has it only as a PDF. */
    @GetMapping("/api/contests/{contest}/problems/{label}/statement.pdf")
    public ResponseEntity<Resource> statementPdf(@PathVariable String contest, @PathVariable String label,
                                                 HttpServletRequest request) {
        return StatementPdf.of(shownProblem(contest, label, request));
    }

    @PostMapping("/api/contests/{contest}/problems/{label}/submissions")
    public ResponseEntity<Accepted> submit(@PathVariable String contest, @PathVariable String label,
                                           @RequestBody SubmitRequest body, HttpServletRequest request) {
        if (body == null) throw ApiException.badRequest("missing-body", "send {\"language\": ..., \"source\": ...}");
        long id = contests.submit(contest, label, Requests.signedIn(request), body.language(), body.source());
        String location = "/api/submissions/" + id;
        return ResponseEntity.accepted().location(URI.create(location)).body(new Accepted(id, "queued", location));
    }

    @PostMapping("/api/admin/contests")
    public ResponseEntity<ContestView> create(@RequestBody ContestRequest body, HttpServletRequest request) {
        CurrentUser admin = Requests.admin(request);
        Contest c = contests.create(body);
        return ResponseEntity.created(URI.create("/api/contests/" + c.slug())).body(view(c, Optional.of(admin)));
    }

    @PutMapping("/api/admin/contests/{contest}")
    public ContestView update(@PathVariable String contest, @RequestBody ContestRequest body,
                              HttpServletRequest request) {
        CurrentUser admin = Requests.admin(request);
        return view(contests.update(contest, body), Optional.of(admin));
    }

    public record Usernames(List<String> usernames) {
    }

    @PostMapping("/api/admin/contests/{contest}/participants")
    public Map<String, Object> addParticipants(@PathVariable String contest, @RequestBody Usernames body,
                                               HttpServletRequest request) {
        Requests.admin(request);
        List<String> added = contests.addParticipants(contest, body == null ? null : body.usernames());
        return Map.of("contest", contest, "added", added);
    }

    public record TeamRequest(String name, List<String> members) {
    }

    @GetMapping("/api/admin/contests/{contest}/teams")
    public Map<String, Object> teams(@PathVariable String contest, HttpServletRequest request) {
        Requests.admin(request);
        return Map.of("contest", contest, "teams", contests.teams(contest));
    }

    @PostMapping("/api/admin/contests/{contest}/teams")
    public ResponseEntity<Map<String, Object>> addTeam(@PathVariable String contest, @RequestBody TeamRequest body,
                                                       HttpServletRequest request) {
        Requests.admin(request);
        if (body == null || body.name() == null) {
            throw ApiException.badRequest("no-name", "send {\"name\": \"...\", \"members\": [\"...\"]}");
        }
        List<String> members = contests.addTeam(contest, body.name(), body.members());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Map.of("contest", contest, "team", body.name(), "members", members));
    }

    @PostMapping("/api/admin/contests/{contest}/problems/{label}/rejudge")
    public ResponseEntity<Map<String, Object>> rejudge(@PathVariable String contest, @PathVariable String label,
                                                       HttpServletRequest request) {
        Requests.admin(request);
        int n = contests.rejudge(contest, label);
        return ResponseEntity.accepted().body(Map.of("contest", contest, "problem", label, "queued", n));
    }
}
