package dev.gavel.server.judge0;

import dev.gavel.server.config.GavelProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Judge0's authorization ({@code X-Auth-User}, header or query parameter), needed to list and delete submissions:
 * 403 with an empty body when no authorization token is configured or the one given is not it.
 */
@Component
class Judge0Authorization {

    static final String HEADER = "X-Auth-User";

    private final byte[] token;

    Judge0Authorization(GavelProperties properties) {
        this.token = properties.judge0().authzToken().getBytes(StandardCharsets.UTF_8);
    }

    void check(HttpServletRequest request) {
        String given = request.getHeader(HEADER);
        if (given == null) given = request.getParameter(HEADER);
        if (token.length == 0 || given == null
                || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
            throw new Judge0Exception(HttpStatus.FORBIDDEN, null);
        }
    }
}
