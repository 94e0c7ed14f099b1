package dev.gavel.server.user;

import dev.gavel.server.api.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * Accounts and bearer tokens. A token is 32 random bytes shown once; only its SHA-256 is stored, so a leaked
 * database does not leak working tokens.
 */
@Service
public class Users {

    private static final Logger log = LoggerFactory.getLogger(Users.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int CACHED_TOKENS = 50_000;
    private static final long USE_RECORDED_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

    private final JdbcClient db;
    /** Token hash → user: every API request resolves its token, and a token never changes owner. */
    private final Map<String, CurrentUser> tokens = new ConcurrentHashMap<>();
    /** Token hash → when this process last wrote its last_used_at (System.nanoTime). */
    private final Map<String, Long> useRecorded = new ConcurrentHashMap<>();

    public Users(JdbcClient db) {
        this.db = db;
    }

    /** Makes an account. */
    public CurrentUser signUp(String username, String password, Role role) {
        checkUsername(username);
        if (password == null || password.length() < 8 || password.length() > 200) {
            throw ApiException.badRequest("invalid-password", "a password has 8 to 200 characters");
        }
        if (byName(username).isPresent()) {
            throw new ApiException(HttpStatus.CONFLICT, "username-taken", "the username '" + username
                    + "' is taken");
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        db.sql("INSERT INTO users (username, password_hash, role, created_at) VALUES (?, ?, ?, ?)")
                .params(username, PasswordHasher.hash(password), role.name(), now())
                .update(key, "id");
        return new CurrentUser(key.getKeyAs(Long.class), username, role);
    }

    /** The user with this name and password, or empty. */
    public Optional<CurrentUser> login(String username, String password) {
        if (username == null || password == null) return Optional.empty();
        return db.sql("SELECT id, username, role, password_hash FROM users WHERE username = ?").param(username)
                .query((rs, n) -> PasswordHasher.matches(password, rs.getString(4))
                        ? Optional.of(new CurrentUser(rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3))))
                        : Optional.<CurrentUser>empty())
                .optional().flatMap(o -> o);
    }

    public Optional<CurrentUser> byName(String username) {
        return db.sql("SELECT id, username, role FROM users WHERE username = ?").param(username)
                .query((rs, n) -> new CurrentUser(rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3))))
                .optional();
    }

    /** Makes an account nobody signs in to (a contest team's): its password is random and never shown. */
    public CurrentUser signUpWithoutSignIn(String username) {
        return signUp(username, randomHex(), Role.USER);
    }

    /** A new bearer token for the user; the only time it is seen. */
    public String issueToken(CurrentUser user, String label) {
        String token = "gvl_" + randomHex();
        db.sql("INSERT INTO api_tokens (token_hash, user_id, label, created_at) VALUES (?, ?, ?, ?)")
                .params(hash(token), user.id(), label == null ? "" : label, now()).update();
        return token;
    }

    private static String randomHex() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        return HexFormat.of().formatHex(raw);
    }

    /** The user a bearer token belongs to, or empty for an unknown token. */
    public Optional<CurrentUser> byToken(String token) {
        if (token == null || token.length() > 200) return Optional.empty();
        String hash = hash(token);
        CurrentUser cached = tokens.get(hash);
        if (cached != null) {
            recordUse(hash);
            return Optional.of(cached);
        }
        Optional<CurrentUser> user = db.sql("SELECT u.id, u.username, u.role FROM api_tokens t "
                        + "JOIN users u ON u.id = t.user_id WHERE t.token_hash = ?").param(hash)
                .query((rs, n) -> new CurrentUser(rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3))))
                .optional();
        if (user.isPresent()) {
            if (tokens.size() >= CACHED_TOKENS) tokens.clear();
            tokens.put(hash, user.get());
            recordUse(hash);
        }
        return user;
    }

    /** Notes that the token was used, at most once a minute per token and process. */
    private void recordUse(String hash) {
        long now = System.nanoTime();
        Long last = useRecorded.get(hash);
        if (last != null && now - last < USE_RECORDED_EVERY_NANOS) return;
        if (useRecorded.size() >= CACHED_TOKENS) useRecorded.clear();
        useRecorded.put(hash, now);
        try {
            db.sql("UPDATE api_tokens SET last_used_at = ? WHERE token_hash = ?").params(now(), hash).update();
        } catch (RuntimeException e) {
            // only a convenience for the token list: the request goes on
            log.warn("could not record the use of a token: {}", e.toString());
        }
    }

    /** The user's tokens, newest first. */
    public List<ApiToken> tokensOf(CurrentUser user) {
        return db.sql("SELECT token_hash, label, created_at, last_used_at FROM api_tokens WHERE user_id = ? "
                        + "ORDER BY created_at DESC, token_hash")
                .param(user.id())
                .query((rs, n) -> new ApiToken(ApiToken.idOf(rs.getString(1)), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class), rs.getObject(4, OffsetDateTime.class)))
                .list();
    }

    /** The public id of a token (as {@link #tokensOf} lists it). */
    public static String tokenId(String token) {
        return ApiToken.idOf(hash(token));
    }

    /** Revokes the user's token with this public id; false if the user has none such. */
    public boolean revokeTokenById(CurrentUser user, String id) {
        if (id == null || !id.matches("[0-9a-f]{" + ApiToken.ID_LENGTH + "}")) return false;
        List<String> hashes = db.sql("SELECT token_hash FROM api_tokens WHERE user_id = ? AND token_hash LIKE ?")
                .params(user.id(), id + "%").query(String.class).list();
        for (String h : hashes) {
            db.sql("DELETE FROM api_tokens WHERE token_hash = ?").param(h).update();
            tokens.remove(h);
            useRecorded.remove(h);
        }
        return !hashes.isEmpty();
    }

    public void revokeToken(String token) {
        String hash = hash(token);
        db.sql("DELETE FROM api_tokens WHERE token_hash = ?").param(hash).update();
        tokens.remove(hash);
        useRecorded.remove(hash);
    }

    private static void checkUsername(String username) {
        if (username == null || !username.matches("[A-Za-z0-9_.-]{3,64}")) {
            throw ApiException.badRequest("invalid-username",
                    "a username has 3 to 64 letters, digits, dots, dashes or underscores");
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
