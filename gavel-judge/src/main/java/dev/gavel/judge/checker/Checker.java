package dev.gavel.judge.checker;

/** Decides whether a program's output for one test is right. */
public interface Checker {

    /** Never throws for anything the program wrote; a fault of the checker itself is a {@link CheckResult.JudgeError}. */
    CheckResult check(CheckInput input);
}
