package dev.gavel.judge.interactive;

import dev.gavel.judge.Verdict;
import dev.gavel.judge.checker.CheckResult;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InteractiveVerdictsTest {

    private static final CheckResult AC = new CheckResult.Accepted(null, "");
    private static final CheckResult WA = new CheckResult.WrongAnswer("too many guesses", null);
    private static final CheckResult JE = new CheckResult.JudgeError("validator crashed");

    private static Verdict decide(Verdict submission, CheckResult validator, boolean validatorFirst) {
        return InteractiveVerdicts.decide(Optional.ofNullable(submission), "why", validator, validatorFirst).verdict();
    }

    @Test
    void validatorRejectionStandsWhenTheValidatorEndedFirst() {
        // the submission then died writing to the closed pipe: not its fault
        assertEquals(Verdict.WA, decide(Verdict.RE, WA, true));
        assertEquals(Verdict.WA, decide(Verdict.TLE, WA, true));
        assertEquals(Verdict.WA, decide(null, WA, false));
    }

    @Test
    void aSubmissionThatFailedFirstKeepsItsVerdict() {
        assertEquals(Verdict.TLE, decide(Verdict.TLE, WA, false));
        assertEquals(Verdict.RE, decide(Verdict.RE, WA, false));
        assertEquals(Verdict.MLE, decide(Verdict.MLE, WA, false));
    }

    @Test
    void acceptedOnlyWhenBothAgree() {
        assertEquals(Verdict.AC, decide(null, AC, true));
        assertEquals(Verdict.AC, decide(null, AC, false));
        assertEquals(Verdict.RE, decide(Verdict.RE, AC, true));
    }

    @Test
    void validatorFaultsAreTheJudges() {
        assertEquals(Verdict.SE, decide(null, JE, true));
        assertEquals(Verdict.SE, decide(Verdict.TLE, JE, false));
        assertEquals(Verdict.SE, decide(Verdict.SE, AC, true));
    }

    @Test
    void theMessageSaysWhy() {
        assertEquals("too many guesses",
                InteractiveVerdicts.decide(Optional.empty(), "", WA, true).message());
        assertEquals("(cpu 2.1 s > 2 s)",
                InteractiveVerdicts.decide(Optional.of(Verdict.TLE), "(cpu 2.1 s > 2 s)", WA, false).message());
    }
}
