package dev.gavel.server.user;

public enum Role {
    ADMIN, USER;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
