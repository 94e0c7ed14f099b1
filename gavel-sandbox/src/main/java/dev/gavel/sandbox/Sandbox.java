package dev.gavel.sandbox;

/**
 * One prepared sandbox (one {@code gavel-box} helper process with its namespaces set up), able to run programs one
 * after the other. Not thread-safe: one run at a time. {@link #close()} returns it to its pool or ends the helper.
 */
public interface Sandbox extends AutoCloseable {

    /** Runs one program to its end and reports how it ended. Never throws for anything the program does. */
    RunOutcome run(RunSpec spec);

    @Override
    void close();
}
