package dev.gavel.judge.problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How a submission's output is judged.
 *
 * @param custom          a custom output validator (else the default token comparison)
 * @param interactive     the validator talks to the submission over pipes
 * @param multiPass       the validator may ask for another run with {@code nextpass.in}
 * @param score           the validator writes a score to {@code score.txt}
 * @param validatorFlags  arguments given to every validator run (problem-wide; groups add their own)
 * @param validatorSource the validator program: a directory of sources or a single file; null for the default
 */
public record ValidationSpec(boolean custom, boolean interactive, boolean multiPass, boolean score,
                             List<String> validatorFlags, Path validatorSource) {

    public ValidationSpec {
        validatorFlags = List.copyOf(validatorFlags);
    }

    public static ValidationSpec defaultValidation(List<String> flags) {
        return new ValidationSpec(false, false, false, false, flags, null);
    }

    public Optional<Path> validator() {
        return Optional.ofNullable(validatorSource);
    }
}
