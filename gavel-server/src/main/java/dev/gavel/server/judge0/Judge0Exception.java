package dev.gavel.server.judge0;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A refused Judge0 request, answered with Judge0's own body shape (nothing has been stored). */
public class Judge0Exception extends RuntimeException {

    private final HttpStatus status;
    private final Object body;

    public Judge0Exception(HttpStatus status, Object body) {
        super(String.valueOf(body));
        this.status = status;
        this.body = body;
    }

    /** {@code {"error": "..."}}, Judge0's shape for a request it cannot take as a whole. */
    public static Judge0Exception error(HttpStatus status, String message) {
        return new Judge0Exception(status, Map.of("error", message));
    }

    /** 422 {@code {"field": ["message", ...]}}, Judge0's (Rails') shape for invalid attributes. */
    public static Judge0Exception invalid(Map<String, List<String>> errors) {
        return new Judge0Exception(HttpStatus.UNPROCESSABLE_CONTENT, errors);
    }

    public HttpStatus status() {
        return status;
    }

    public Object body() {
        return body;
    }
}
