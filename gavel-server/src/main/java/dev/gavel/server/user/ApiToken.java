package dev.gavel.server.user;

import java.time.OffsetDateTime;

/**
 * A bearer token as its owner sees it in a list: never the secret.
 *
 * @param id        a short public id (the start of the token's SHA-256), to name it for revocation
 * @param label     what the owner called it ({@code login} and {@code signup} for the tokens those make)
 * @param createdAt  when it was made
 * @param lastUsedAt when it was last used (to the minute), or null if never
 */
public record ApiToken(String id, String label, OffsetDateTime createdAt, OffsetDateTime lastUsedAt) {

    /** How many hex digits of the hash make the public id: enough that one user's ids never collide. */
    static final int ID_LENGTH = 16;

    static String idOf(String tokenHash) {
        return tokenHash.substring(0, ID_LENGTH);
    }
}
