package dev.gavel.sandbox;

import dev.gavel.sandbox.box.HelperPool;

/** Entry point: makes a pool of {@code gavel-box} helpers. */
public final class Sandboxes {

    private Sandboxes() {
    }

    /** A pool with the default configuration, keeping {@code warm} helpers prepared. */
    public static SandboxPool pool(int warm) {
        return pool(BoxConfig.defaults(), warm);
    }

    /** A pool of helpers set up as {@code config} says, keeping {@code warm} of them prepared. */
    public static SandboxPool pool(BoxConfig config, int warm) {
        return new HelperPool(config, warm);
    }
}
