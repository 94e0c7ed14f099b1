package dev.gavel.judge.verify;

import dev.gavel.judge.Verdict;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The verdicts a submission may get to count as matching.
 *
 * @param allowed the verdicts that match; empty when the submission is not judged against anything
 * @param source  where the expectation comes from ({@code folder accepted}, {@code @EXPECTED_RESULTS@ in x.cpp})
 */
public record Expectation(Set<Verdict> allowed, String source) {

    public Expectation {
        allowed = allowed.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(allowed));
    }

    public boolean checked() {
        return !allowed.isEmpty();
    }

    public boolean matches(Verdict v) {
        return allowed.contains(v);
    }

    /** The allowed verdicts in a stable order (the order of {@link Verdict}). */
    public List<Verdict> sorted() {
        return allowed.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(allowed));
    }
}
