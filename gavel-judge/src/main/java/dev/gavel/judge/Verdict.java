package dev.gavel.judge;

import java.util.Locale;
import java.util.Optional;

/** The judge's verdict on a submission or on one test. */
public enum Verdict {
    AC("Accepted", "CORRECT", "accepted"),
    WA("Wrong Answer", "WRONG-ANSWER", "wrong_answer"),
    TLE("Time Limit Exceeded", "TIMELIMIT", "time_limit_exceeded"),
    MLE("Memory Limit Exceeded", "MEMORY-LIMIT", "memory_limit_exceeded"),
    OLE("Output Limit Exceeded", "OUTPUT-LIMIT", "output_limit_exceeded"),
    RE("Runtime Error", "RUN-ERROR", "run_time_error"),
    CE("Compile Error", "COMPILER-ERROR", "compile_error"),
    SE("System Error", "JUDGE-ERROR", "judge_error");

    private final String title;
    private final String domjudgeName;
    private final String kattisFolder;

    Verdict(String title, String domjudgeName, String kattisFolder) {
        this.title = title;
        this.domjudgeName = domjudgeName;
        this.kattisFolder = kattisFolder;
    }

    public String title() {
        return title;
    }

    /** The verdict's name in DOMjudge's {@code @EXPECTED_RESULTS@} vocabulary. */
    public String domjudgeName() {
        return domjudgeName;
    }

    /** The Kattis {@code submissions/} folder for this verdict. */
    public String kattisFolder() {
        return kattisFolder;
    }

    /**
     * Reads a verdict written in Gavel's, DOMjudge's or Kattis's words ({@code WA}, {@code WRONG-ANSWER},
     * {@code wrong_answer}, {@code NO-OUTPUT} = WA, {@code MEMORY-LIMIT}, ...).
     */
    public static Optional<Verdict> parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace('_', '-');
        for (Verdict v : values()) {
            if (v.name().equals(t) || v.domjudgeName.equals(t) || v.kattisFolder.toUpperCase(Locale.ROOT).replace('_', '-').equals(t)) {
                return Optional.of(v);
            }
        }
        return switch (t) {
            case "NO-OUTPUT", "WRONG-OUTPUT" -> Optional.of(WA);
            case "TIME-LIMIT", "TIMELIMIT-EXCEEDED", "TIME-LIMIT-EXCEEDED" -> Optional.of(TLE);
            case "RUNTIME-ERROR", "RUN-TIME-ERROR" -> Optional.of(RE);
            case "COMPILE-ERROR", "COMPILATION-ERROR" -> Optional.of(CE);
            case "CORRECT", "ACCEPTED" -> Optional.of(AC);
            default -> Optional.empty();
        };
    }
}
