package dev.gavel.server.user;

import dev.gavel.server.api.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Resolves {@code Authorization: Bearer <token>} (or {@code ?access_token=} for EventSource and WebSocket, which
 * cannot set headers) to the request's {@link CurrentUser}. A token that is given but unknown is refused here with
 * 401, so a client with a revoked token finds out at once instead of being treated as anonymous.
 */
public final class BearerAuthFilter extends OncePerRequestFilter {

    public static final String ATTRIBUTE = CurrentUser.class.getName();

    private final Users users;

    public BearerAuthFilter(Users users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> token = token(request);
        if (token.isPresent()) {
            Optional<CurrentUser> user = users.byToken(token.get());
            if (user.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                ProblemResponses.write(request, response, 401, "Unauthorized", "invalid-token",
                        "the bearer token is unknown or was revoked");
                return;
            }
            request.setAttribute(ATTRIBUTE, user.get());
        }
        chain.doFilter(request, response);
    }

    private static Optional<String> token(HttpServletRequest request) {
        Optional<String> header = headerToken(request);
        if (header.isPresent()) return header;
        String param = request.getParameter("access_token");
        return param == null || param.isBlank() ? Optional.empty() : Optional.of(param);
    }

    /** The token of an {@code Authorization: Bearer} header, if the request has one. */
    public static Optional<String> headerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(header.substring(7).strip());
        }
        return Optional.empty();
    }

    /** The request's signed-in user, if any. */
    public static Optional<CurrentUser> userOf(HttpServletRequest request) {
        return Optional.ofNullable((CurrentUser) request.getAttribute(ATTRIBUTE));
    }
}
