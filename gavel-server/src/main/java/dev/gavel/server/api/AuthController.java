package dev.gavel.server.api;

import dev.gavel.server.user.BearerAuthFilter;
import dev.gavel.server.user.CurrentUser;
import dev.gavel.server.user.Role;
import dev.gavel.server.user.Users;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Sign-up, login (a bearer token), who am I. */
@RestController
public class AuthController {

    private final Users users;

    public AuthController(Users users) {
        this.users = users;
    }

    public record Credentials(String username, String password) {
    }

    public record Session(String username, String role, String token) {
    }

    public record Me(long id, String username, String role) {
    }

    @PostMapping("/api/auth/signup")
    public ResponseEntity<Session> signUp(@RequestBody Credentials body) {
        if (body == null) throw ApiException.badRequest("missing-body", "send {\"username\": ..., \"password\": ...}");
        CurrentUser user = users.signUp(body.username(), body.password(), Role.USER);
        return ResponseEntity.status(HttpStatus.CREATED).body(new Session(user.username(), user.role().label(),
                users.issueToken(user, "signup")));
    }

    @PostMapping("/api/auth/login")
    public Session login(@RequestBody Credentials body) {
        if (body == null) throw ApiException.badRequest("missing-body", "send {\"username\": ..., \"password\": ...}");
        CurrentUser user = users.login(body.username(), body.password())
                .orElseThrow(() -> ApiException.unauthorized("wrong username or password"));
        return new Session(user.username(), user.role().label(), users.issueToken(user, "login"));
    }

    /** Revokes the bearer token of this request. */
    @PostMapping("/api/auth/logout")
    public ResponseEntity<Void> logout(HttpServletRequest request) {
        Requests.signedIn(request);
        BearerAuthFilter.headerToken(request).ifPresent(users::revokeToken);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/users/me")
    public Me me(HttpServletRequest request) {
        CurrentUser user = Requests.signedIn(request);
        return new Me(user.id(), user.username(), user.role().label());
    }
}
