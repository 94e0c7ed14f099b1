/**
 * Languages as data ({@code languages.yaml}), compiling sources into an {@link dev.gavel.judge.language.Executable}
 * in the sandbox, and the cache of compiled artifacts.
 */
package dev.gavel.judge.language;
