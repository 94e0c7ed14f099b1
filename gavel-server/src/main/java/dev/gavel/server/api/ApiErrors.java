package dev.gavel.server.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the practice API as RFC 9457 problem details ({@code application/problem+json}), with a message a
 * person can act on. The Judge0 API has its own error shapes (its clients expect them) and its own advice.
 */
@RestControllerAdvice(basePackages = "dev.gavel.server.api")
public class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);
    static final String TYPE_BASE = "https://gavel.dev/problems/";

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> refused(ApiException e, HttpServletRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        body.setType(URI.create(TYPE_BASE + e.code()));
        body.setInstance(URI.create(request.getRequestURI()));
        if (!e.errors().isEmpty()) body.setProperty("errors", e.errors());
        HttpHeaders headers = new HttpHeaders();
        if (e.retryAfterSeconds() != null) headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
        return ResponseEntity.status(e.status()).headers(headers).body(body);
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Object> failed(RuntimeException e, HttpServletRequest request) {
        log.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "the server failed to handle this request; it is logged");
        body.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.internalServerError().body(body);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        // a refusal raised while the body was read (a chunked body over the size limit) keeps its own status
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException refusal && request instanceof ServletWebRequest servlet) {
                return refused(refusal, servlet.getRequest());
            }
        }
        String why = ex.getMostSpecificCause().getMessage();
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "the request body is not valid JSON of the expected shape: " + firstLine(why));
        body.setType(URI.create(TYPE_BASE + "bad-json"));
        return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable";
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
