package dev.gavel.server.user;

/** The signed-in user of a request (from its bearer token). */
public record CurrentUser(long id, String username, Role role) {

    public boolean admin() {
        return role == Role.ADMIN;
    }
}
