package dev.gavel.server.clics;

import dev.gavel.server.api.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The CLICS API's errors as RFC 9457 problem details, like the rest of Gavel's API, with the two members the CLICS
 * specification asks an error to carry: {@code code} (the HTTP status) and {@code message}.
 */
@RestControllerAdvice(basePackageClasses = ClicsErrors.class)
class ClicsErrors {

    private static final Logger log = LoggerFactory.getLogger(ClicsErrors.class);
    private static final String TYPE_BASE = "https://gavel.dev/problems/";

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> refused(ApiException e, HttpServletRequest request) {
        return answer(e.status(), e.code(), e.getMessage(), request);
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> failed(RuntimeException e, HttpServletRequest request) {
        log.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "the server failed to handle this request; it is logged", request);
    }

    private static ResponseEntity<ProblemDetail> answer(HttpStatus status, String code, String detail,
                                                        HttpServletRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create(TYPE_BASE + code));
        body.setInstance(URI.create(request.getRequestURI()));
        body.setProperty("code", status.value());
        body.setProperty("message", detail);
        return ResponseEntity.status(status).body(body);
    }
}
