package dev.gavel.sandbox;

import dev.gavel.sandbox.box.HelperCheck;
import java.util.List;

/** Which isolation features work on this machine ({@code gavel sandbox check}). */
public final class SandboxCheck {

    /** One isolation feature, whether it is active, and what was found. */
    public record Feature(String name, boolean active, String detail) {
    }

    private SandboxCheck() {
    }

    /** Runs {@code gavel-box --check}; if the helper cannot run, one inactive feature {@code helper} says why. */
    public static List<Feature> run() {
        return run(BoxConfig.defaults());
    }

    public static List<Feature> run(BoxConfig config) {
        return HelperCheck.features(config);
    }
}
