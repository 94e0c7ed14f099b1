package dev.gavel.server.api;

import dev.gavel.server.problem.LoadedProblem;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The statement of a problem whose package has it only as a PDF, shown in the browser. */
final class StatementPdf {

    private StatementPdf() {
    }

    static ResponseEntity<Resource> of(LoadedProblem problem) {
        return problem.statementPdf()
                .map(pdf -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                                .filename(problem.slug() + ".pdf").build().toString())
                        .body((Resource) new FileSystemResource(pdf)))
                .orElseThrow(() -> ApiException.notFound("no-pdf-statement",
                        "the package of '" + problem.slug() + "' has no PDF statement"));
    }
}
