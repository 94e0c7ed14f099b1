package dev.gavel.server.judge0;

import dev.gavel.server.user.BearerAuthFilter;
import dev.gavel.server.user.Users;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Judge0's authentication: with a token configured, every request must carry it in {@code X-Auth-Token} (or, as
 * Judge0 also allows, a query parameter of that name); otherwise 401 with an empty body, as Judge0 answers. A
 * signed-in Gavel user's bearer token is let through as well: the web UI's "Run on samples" goes through this API.
 */
final class Judge0AuthFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Auth-Token";

    private final byte[] token;
    private final Users users;

    Judge0AuthFilter(String token, Users users) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        if (given == null) given = request.getParameter(HEADER);
        boolean judge0Client = given != null && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
        if (!judge0Client && !signedIn(request)) {
            response.setStatus(401);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean signedIn(HttpServletRequest request) {
        return BearerAuthFilter.headerToken(request).flatMap(users::byToken).isPresent();
    }
}
