/**
 * The client of the {@code gavel-box} C helper: finds or extracts the binary, starts helpers in serve mode, speaks
 * their request/result protocol (documented in {@code gavel-box.1.txt}) and pools them.
 *
 * <p>Owns the wire format only; the public types of {@code dev.gavel.sandbox} are what callers see. Public classes
 * here exist for {@code dev.gavel.sandbox} to reach them and are not an API. Knows nothing of languages, problems or
 * verdicts.
 */
package dev.gavel.sandbox.box;
