package dev.gavel.sandbox;

/** Hands out prepared sandboxes; keeps a few warm so that none is set up on the submission path. */
public interface SandboxPool extends AutoCloseable {

    /** A prepared sandbox for one submission; close it to give it back. */
    Sandbox acquire();

    /** Ends every helper; no process, cgroup or mount of ours is left behind. */
    @Override
    void close();
}
