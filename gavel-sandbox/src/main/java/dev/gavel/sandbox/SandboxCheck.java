package dev.gavel.sandbox;

import java.util.List;

/** Which isolation features work on this machine ({@code gavel sandbox check}). */
public final class SandboxCheck {

    /** One isolation feature, whether it is active, and what was found. */
    public record Feature(String name, boolean active, String detail) {
    }

    private SandboxCheck() {
    }

    public static List<Feature> run() {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
