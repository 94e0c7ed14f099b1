package dev.gavel.judge.problem;

/** Which version of the problem package format a {@code problem.yaml} is written in. */
public enum ProblemFormat {
    /** The original Kattis format ({@code problem_format_version} absent or {@code legacy}). */
    LEGACY,
    /** The 2023-07 draft ({@code problem_format_version: 2023-07-draft}). */
    V2023_07
}
