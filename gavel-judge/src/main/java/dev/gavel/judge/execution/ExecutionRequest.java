package dev.gavel.judge.execution;

import dev.gavel.judge.language.Language;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Run this source once on this stdin with these limits.
 *
 * @param language                the language; the source is saved as its {@code details().sourceName()}
 * @param source                  the single source file
 * @param stdin                   standard input (empty for none)
 * @param arguments               command-line arguments, appended to the language's run argv
 * @param compilerOptions         appended to the language's compile argv; ignored by a language without a compile
 *                                step
 * @param limits                  limits of the run
 * @param redirectStderrToStdout  standard error goes to the same place as standard output
 */
public record ExecutionRequest(Language language, byte[] source, byte[] stdin, List<String> arguments,
                               List<String> compilerOptions, ExecutionLimits limits,
                               boolean redirectStderrToStdout) {

    public ExecutionRequest {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(limits, "limits");
        source = source.clone();
        stdin = stdin == null ? new byte[0] : stdin.clone();
        arguments = checked(arguments, "command-line argument");
        compilerOptions = checked(compilerOptions, "compiler option");
    }

    /** Empty stdin, no arguments or options, Judge0's default limits, stderr kept apart. */
    public static ExecutionRequest of(Language language, String source) {
        return new ExecutionRequest(language, source.getBytes(StandardCharsets.UTF_8), new byte[0], List.of(),
                List.of(), ExecutionLimits.judge0Defaults(), false);
    }

    private static List<String> checked(List<String> list, String what) {
        if (list == null) return List.of();
        for (String s : list) {
            if (s == null) throw new IllegalArgumentException("a " + what + " is null");
            // argv strings are C strings: a NUL would silently cut the argument
            if (s.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("a " + what + " contains a NUL character: "
                        + s.replace("\0", "\\0"));
            }
        }
        return List.copyOf(list);
    }

    @Override
    public byte[] source() {
        return source.clone();
    }

    @Override
    public byte[] stdin() {
        return stdin.clone();
    }

    public ExecutionRequest withStdin(byte[] in) {
        return new ExecutionRequest(language, source, in, arguments, compilerOptions, limits, redirectStderrToStdout);
    }

    public ExecutionRequest withStdin(String in) {
        return withStdin(in.getBytes(StandardCharsets.UTF_8));
    }

    public ExecutionRequest withArguments(List<String> args) {
        return new ExecutionRequest(language, source, stdin, args, compilerOptions, limits, redirectStderrToStdout);
    }

    public ExecutionRequest withCompilerOptions(List<String> options) {
        return new ExecutionRequest(language, source, stdin, arguments, options, limits, redirectStderrToStdout);
    }

    public ExecutionRequest withLimits(ExecutionLimits l) {
        return new ExecutionRequest(language, source, stdin, arguments, compilerOptions, l, redirectStderrToStdout);
    }

    public ExecutionRequest withRedirectStderrToStdout(boolean merge) {
        return new ExecutionRequest(language, source, stdin, arguments, compilerOptions, limits, merge);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExecutionRequest r && language.equals(r.language) && Arrays.equals(source, r.source)
                && Arrays.equals(stdin, r.stdin) && arguments.equals(r.arguments)
                && compilerOptions.equals(r.compilerOptions) && limits.equals(r.limits)
                && redirectStderrToStdout == r.redirectStderrToStdout;
    }

    @Override
    public int hashCode() {
        return Objects.hash(language, Arrays.hashCode(source), Arrays.hashCode(stdin), arguments, compilerOptions,
                limits, redirectStderrToStdout);
    }

    @Override
    public String toString() {
        return "ExecutionRequest[" + language.id() + ", " + source.length + " bytes of source, " + stdin.length
                + " bytes of stdin, arguments=" + arguments + ", compilerOptions=" + compilerOptions + ", " + limits
                + ", redirectStderrToStdout=" + redirectStderrToStdout + "]";
    }
}
