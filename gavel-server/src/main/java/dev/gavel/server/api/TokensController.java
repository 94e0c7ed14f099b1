package dev.gavel.server.api;

import dev.gavel.server.user.ApiToken;
import dev.gavel.server.user.BearerAuthFilter;
import dev.gavel.server.user.CurrentUser;
import dev.gavel.server.user.Users;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A signed-in user's API tokens: list them, make one (its secret shown once), revoke one. */
@RestController
public class TokensController {

    private static final int MAX_LABEL = 100;

    private final Users users;

    public TokensController(Users users) {
        this.users = users;
    }

    /**
     * A listed token; {@code lastUsedAt} is to the minute (null: never used), {@code current} marks the one this
     * request was made with.
     */
    public record TokenView(String id, String label, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
                            boolean current) {
    }

    public record TokenList(List<TokenView> items) {
    }

    public record NewToken(String label) {
    }

    /** A new token: the only answer that carries its secret. */
    public record CreatedToken(String id, String label, OffsetDateTime createdAt, String token) {
    }

    @GetMapping("/api/users/me/tokens")
    public TokenList list(HttpServletRequest request) {
        CurrentUser user = Requests.signedIn(request);
        String current = BearerAuthFilter.headerToken(request).map(Users::tokenId).orElse(null);
        return new TokenList(users.tokensOf(user).stream()
                .map(t -> new TokenView(t.id(), t.label(), t.createdAt(), t.lastUsedAt(), t.id().equals(current)))
                .toList());
    }

    @PostMapping("/api/users/me/tokens")
    public ResponseEntity<CreatedToken> create(@RequestBody(required = false) NewToken body,
                                               HttpServletRequest request) {
        CurrentUser user = Requests.signedIn(request);
        String label = body == null || body.label() == null ? "" : body.label().strip();
        if (label.isEmpty() || label.length() > MAX_LABEL) {
            throw ApiException.badRequest("invalid-label",
                    "give the token a label of 1 to " + MAX_LABEL + " characters, e.g. {\"label\": \"laptop\"}");
        }
        String token = users.issueToken(user, label);
        String id = Users.tokenId(token);
        ApiToken saved = users.tokensOf(user).stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
        return ResponseEntity.created(URI.create("/api/users/me/tokens/" + id))
                .body(new CreatedToken(id, saved.label(), saved.createdAt(), token));
    }

    @DeleteMapping("/api/users/me/tokens/{id}")
    public ResponseEntity<Void> revoke(@PathVariable String id, HttpServletRequest request) {
        CurrentUser user = Requests.signedIn(request);
        if (!users.revokeTokenById(user, id)) {
            throw ApiException.notFound("token-not-found", "you have no token with id '" + id + "'");
        }
        return ResponseEntity.noContent().build();
    }
}
