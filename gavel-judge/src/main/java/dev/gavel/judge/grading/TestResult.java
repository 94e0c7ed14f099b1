package dev.gavel.judge.grading;

import dev.gavel.judge.Verdict;
import dev.gavel.sandbox.ByteSize;

import java.time.Duration;

/**
 * The result of one test.
 *
 * @param test    the test's name below {@code data/}, e.g. {@code secret/03}
 * @param verdict the test's verdict, or null when it was skipped
 * @param time    CPU time of the run (the longest pass of a multi-pass test counts all passes)
 * @param memory  peak memory of the run
 * @param message why the test failed (checker message, limit hit), or empty
 * @param score   the score the validator gave, or null (the grader applies accept / reject scores)
 * @param output  the start of the program's output when its answer was judged wrong (at most
 *                {@value #OUTPUT_EXCERPT} bytes), so a submitter can see it beside the expected one; else null
 */
public record TestResult(String test, Verdict verdict, Duration time, ByteSize memory, String message, Double score,
                         String output) {

    public static final int OUTPUT_EXCERPT = 4096;

    public TestResult {
        message = message == null ? "" : message;
    }

    public TestResult(String test, Verdict verdict, Duration time, ByteSize memory, String message, Double score) {
        this(test, verdict, time, memory, message, score, null);
    }

    public TestResult withOutput(String excerpt) {
        return new TestResult(test, verdict, time, memory, message, score, excerpt);
    }

    /** A test that was not run because an earlier one decided the outcome. */
    public static TestResult skipped(String test) {
        return new TestResult(test, null, Duration.ZERO, ByteSize.ZERO, "skipped", null);
    }

    public boolean isSkipped() {
        return verdict == null;
    }

    public boolean accepted() {
        return verdict == Verdict.AC;
    }

    /** "Wrong Answer on test secret/03: expected ..." — the reason a submission got this test's verdict. */
    public String reason() {
        String title = verdict == null ? "Skipped" : verdict.title();
        if (message.isEmpty()) return title + " on test " + test;
        return title + " on test " + test + (message.startsWith("(") ? " " : ": ") + message;
    }
}
