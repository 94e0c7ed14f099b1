package dev.gavel.server.judge0;

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
 * Judge0 also allows, a query parameter of that name); otherwise 401 with an empty body, as Judge0 answers.
 */
final class Judge0AuthFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Auth-Token";

    private final byte[] token;

    Judge0AuthFilter(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        if (given == null) given = request.getParameter(HEADER);
        if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
            response.setStatus(401);
            return;
        }
        chain.doFilter(request, response);
    }
}
