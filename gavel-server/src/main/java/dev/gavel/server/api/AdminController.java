package dev.gavel.server.api;

import dev.gavel.judge.problem.PackageException;
import dev.gavel.server.admin.ProblemVerifications;
import dev.gavel.server.config.GavelProperties;
import dev.gavel.server.problem.LoadedProblem;
import dev.gavel.server.problem.ProblemCatalog;
import dev.gavel.server.problem.ProblemPage;
import dev.gavel.server.submission.SubmissionService;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Administration: import a problem package, rejudge a problem, verify a problem's jury submissions. */
@RestController
public class AdminController {

    private final ProblemCatalog catalog;
    private final SubmissionService submissions;
    private final ProblemVerifications verifications;
    private final long maxPackage;
    private final Path scratch;

    public AdminController(ProblemCatalog catalog, SubmissionService submissions, ProblemVerifications verifications,
                           GavelProperties properties) {
        this.catalog = catalog;
        this.submissions = submissions;
        this.verifications = verifications;
        this.maxPackage = properties.limits().packageZip().toBytes();
        this.scratch = properties.home().toAbsolutePath().resolve("uploads");
    }

    /**
     * Imports a Kattis problem package sent as the request body ({@code application/zip}). The slug is the
     * {@code slug} parameter, else the zip's name from {@code filename}. A bad package imports nothing and gets a
     * problem-details answer listing what is wrong.
     */
    @PostMapping(path = "/api/admin/problems", consumes = {"application/zip", "application/octet-stream"})
    public ResponseEntity<ProblemPage> importPackage(@RequestParam(required = false) String slug,
                                                     @RequestParam(required = false) String filename,
                                                     HttpServletRequest request) throws IOException {
        Requests.admin(request);
        String name = slug != null ? slug : filename != null
                ? ProblemCatalog.slugOfPackage(filename) : null;
        if (name == null) {
            throw ApiException.badRequest("missing-slug", "name the problem: ?slug=<slug> or ?filename=<name>.zip");
        }
        Files.createDirectories(scratch);
        // the zip keeps the upload's name: the package's errors name their files after it (broken/problem.yaml)
        Path dir = Files.createTempDirectory(scratch, "upload-");
        Path zip = dir.resolve(ProblemCatalog.slugOf(name) + ".zip");
        try {
            copyAtMost(request.getInputStream(), zip, maxPackage);
            LoadedProblem loaded = catalog.importPackage(zip, name);
            return ResponseEntity.created(URI.create("/api/problems/" + loaded.slug())).body(catalog.pageOf(loaded));
        } catch (PackageException e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "bad-package",
                    "the problem package was not imported: " + e.problems().size() + " problem(s) found",
                    e.problems(), null);
        } finally {
            Files.deleteIfExists(zip);
            Files.deleteIfExists(dir);
        }
    }

    private static void copyAtMost(InputStream in, Path to, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(to)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > max) {
                    throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "package-too-large",
                            "the package is larger than " + max + " bytes, the most this server takes");
                }
                out.write(buffer, 0, n);
            }
        }
        if (total == 0) throw ApiException.badRequest("empty-package", "the request body (the package zip) is empty");
    }

    @PostMapping("/api/admin/problems/{slug}/rejudge")
    public ResponseEntity<Map<String, Object>> rejudge(@PathVariable String slug, HttpServletRequest request) {
        Requests.admin(request);
        int n = submissions.rejudge(slug);
        return ResponseEntity.accepted().body(Map.of("problem", slug, "queued", n));
    }

    /** Starts verifying the problem's package (its jury submissions against their expected verdicts). */
    @PostMapping("/api/admin/problems/{slug}/verify")
    public ResponseEntity<ProblemVerifications.Run> verify(@PathVariable String slug, HttpServletRequest request) {
        Requests.admin(request);
        LoadedProblem problem = catalog.bySlug(slug).orElseThrow(() -> noSuchProblem(slug));
        ProblemVerifications.Run run = verifications.start(slug, problem.stored().packageDir())
                .orElseThrow(() -> new ApiException(HttpStatus.CONFLICT, "verify-running",
                        "problem '" + slug + "' is being verified already; wait for that run to finish"));
        return ResponseEntity.accepted().location(URI.create("/api/admin/problems/" + slug + "/verify")).body(run);
    }

    /** The latest verification of the problem since the server started. */
    @GetMapping("/api/admin/problems/{slug}/verify")
    public ProblemVerifications.Run verification(@PathVariable String slug, HttpServletRequest request) {
        Requests.admin(request);
        if (!catalog.contains(slug)) throw noSuchProblem(slug);
        return verifications.latest(slug).orElseThrow(() -> ApiException.notFound("not-verified",
                "problem '" + slug + "' has not been verified since the server started"));
    }

    private static ApiException noSuchProblem(String slug) {
        return ApiException.notFound("unknown-problem", "there is no problem '" + slug + "'");
    }
}
