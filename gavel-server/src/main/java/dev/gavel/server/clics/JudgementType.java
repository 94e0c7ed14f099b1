package dev.gavel.server.clics;

import dev.gavel.judge.Verdict;

/**
 * The CLICS judgement types Gavel gives, with the specification's ids, names and flags. A system error (Gavel's SE,
 * the judge's fault) is a Judging Error, shown to administrators only.
 */
enum JudgementType {
    AC("Accepted", false, true),
    WA("Wrong Answer", true, false),
    TLE("Time Limit Exceeded", true, false),
    RTE("Run-Time Error", true, false),
    MLE("Memory Limit Exceeded", true, false),
    OLE("Output Limit Exceeded", true, false),
    CE("Compile Error", false, false),
    JE("Judging Error", false, false);

    private final String title;
    private final boolean penalty;
    private final boolean solved;

    JudgementType(String title, boolean penalty, boolean solved) {
        this.title = title;
        this.penalty = penalty;
        this.solved = solved;
    }

    static JudgementType of(Verdict verdict) {
        return switch (verdict) {
            case AC -> AC;
            case WA -> WA;
            case TLE -> TLE;
            case MLE -> MLE;
            case OLE -> OLE;
            case RE -> RTE;
            case CE -> CE;
            case SE -> JE;
        };
    }

    String title() {
        return title;
    }

    boolean penalty() {
        return penalty;
    }

    boolean solved() {
        return solved;
    }

    /** Whether everyone may see this type; a judging error is the system's business. */
    boolean isPublic() {
        return this != JE;
    }
}
