package dev.gavel.server.api;

import dev.gavel.server.user.BearerAuthFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Requests without a signed-in user are limited per IP address (429 with {@code Retry-After}). */
public final class AnonymousRateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter perIp;

    public AnonymousRateLimitFilter(int perMinute) {
        this.perIp = new RateLimiter(perMinute);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (BearerAuthFilter.userOf(request).isEmpty()) {
            long wait = perIp.take(request.getRemoteAddr());
            if (wait > 0) {
                response.setHeader("Retry-After", String.valueOf(wait));
                ProblemResponses.write(request, response, 429, "Too Many Requests", "rate-limited",
                        "at most " + perIp.perMinute() + " requests a minute from one address without signing in;"
                                + " try again in " + wait + " s");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
