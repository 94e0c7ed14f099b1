/**
 * Runs one program under limits and reports what happened.
 *
 * <p>A {@link dev.gavel.sandbox.RunSpec} (argv, work directory, standard streams, {@link dev.gavel.sandbox.RunLimits})
 * goes in, a {@link dev.gavel.sandbox.RunOutcome} comes out. The isolation itself is done by the {@code gavel-box}
 * C helper; this package is its client. It knows nothing of languages, problems or verdicts.
 */
package dev.gavel.sandbox;
