package dev.gavel.judge.verify;

import dev.gavel.judge.Verdict;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The verdicts a submission may get to count as matching.
 *
 * @param allowed      the verdicts that match; empty when the submission is not judged against anything
 * @param source       where the expectation comes from ({@code folder accepted}, {@code @EXPECTED_RESULTS@ in x.cpp})
 * @param firstFailure compare with the verdict of the first failing test rather than the overall verdict: an
 *                     {@code @EXPECTED_RESULTS@} line speaks DOMjudge, whose judging is pass-fail, so on a scoring
 *                     problem it names the first failure (for pass-fail problems the two are the same)
 * @param score        what the score of a scoring problem must be
 */
public record Expectation(Set<Verdict> allowed, String source, boolean firstFailure, ScoreRule score) {

    /** What a scoring problem's score must be for the expectation to hold. */
    public enum ScoreRule {
        /** Any score. */
        ANY,
        /** The most the problem gives ({@code accepted/}). */
        FULL,
        /** Less than the most ({@code partially_accepted/}). */
        PARTIAL
    }

    public Expectation {
        allowed = allowed.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(allowed));
    }

    public Expectation(Set<Verdict> allowed, String source) {
        this(allowed, source, false, ScoreRule.ANY);
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
