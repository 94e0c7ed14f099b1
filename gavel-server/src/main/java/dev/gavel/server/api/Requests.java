package dev.gavel.server.api;

import dev.gavel.server.user.BearerAuthFilter;
import dev.gavel.server.user.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;

/** What controllers ask of a request: its user, paging. */
final class Requests {

    static final int MAX_PAGE_SIZE = 100;

    private Requests() {
    }

    static CurrentUser signedIn(HttpServletRequest request) {
        return BearerAuthFilter.userOf(request).orElseThrow(() -> ApiException.unauthorized(
                "sign in first: send 'Authorization: Bearer <token>' (POST /api/auth/login gives a token)"));
    }

    static CurrentUser admin(HttpServletRequest request) {
        CurrentUser user = signedIn(request);
        if (!user.admin()) throw ApiException.forbidden("only administrators may do this");
        return user;
    }

    /** Checks 1-based page and page size; returns the row offset. */
    static int offset(int page, int limit) {
        if (page < 1) throw ApiException.badRequest("bad-page", "page starts at 1, got " + page);
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw ApiException.badRequest("bad-limit", "limit is 1 to " + MAX_PAGE_SIZE + ", got " + limit);
        }
        return (page - 1) * limit;
    }
}
