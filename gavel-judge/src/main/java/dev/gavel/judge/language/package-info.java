/**
 * Languages as data, compiling in the sandbox, and the compile cache.
 *
 * <p>{@code languages.yaml} describes every language (argv of compile, run and version, memory model, limit
 * overrides, out-of-memory markers); {@link dev.gavel.judge.language.LanguageCatalog} loads and validates it.
 * {@link dev.gavel.judge.language.SandboxCompiler} finds a submission's entry point
 * ({@code MainFinder}: Java's class with {@code main}, Kotlin's {@code fun main}, Python's {@code __main__} guard),
 * compiles it in a sandbox and keeps the artifacts on disk by a hash of language, toolchain version, flags and
 * sources; each compile result is a private copy, an {@link dev.gavel.judge.language.Executable}.
 * {@link dev.gavel.judge.language.LanguageVerifier} proves each toolchain with its self-test suite
 * ({@code selftest/<id>/}), and {@link dev.gavel.judge.language.LanguageStatus} remembers the results per toolchain
 * version. Differences between languages are data plus a few named hooks ({@link dev.gavel.judge.language.Language.MainRule},
 * placeholders such as {@code {jvm}}), never subclasses.
 *
 * <p>Runs programs only through {@code dev.gavel.sandbox}; knows nothing of problems, checkers or grading.
 */
package dev.gavel.judge.language;
