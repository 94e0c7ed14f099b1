package dev.gavel.judge;

import dev.gavel.judge.language.Language;
import dev.gavel.sandbox.RunOutcome;

import java.util.Optional;

/**
 * The one place where how a run ended becomes a verdict. A run that exited with code 0 has no verdict of its own
 * (its output goes to the checker); every other ending does.
 */
public final class RunVerdicts {

    private RunVerdicts() {
    }

    /**
     * @param outcome    how the run ended
     * @param language   the program's language (its out-of-memory markers), or null for a judge-side program
     * @param stderrTail the end of the program's standard error, or empty
     * @return the verdict the run earns by itself, or empty for a clean exit whose output must be checked
     */
    public static Optional<Verdict> of(RunOutcome outcome, Language language, String stderrTail) {
        return switch (outcome) {
            case RunOutcome.Exited e when e.exitCode() == 0 -> Optional.empty();
            case RunOutcome.Exited e -> Optional.of(saysOutOfMemory(language, stderrTail) ? Verdict.MLE : Verdict.RE);
            case RunOutcome.Signalled s -> Optional.of(saysOutOfMemory(language, stderrTail) ? Verdict.MLE : Verdict.RE);
            case RunOutcome.TimeLimit t -> Optional.of(Verdict.TLE);
            case RunOutcome.MemoryLimit m -> Optional.of(Verdict.MLE);
            case RunOutcome.OutputLimit o -> Optional.of(Verdict.OLE);
            case RunOutcome.SandboxFault f -> Optional.of(Verdict.SE);
            // the judge ran something that is not there (a toolchain missing): never the user's fault
            case RunOutcome.NotStarted n -> Optional.of(Verdict.SE);
        };
    }

    private static boolean saysOutOfMemory(Language language, String stderrTail) {
        if (language == null || stderrTail == null || stderrTail.isEmpty()) {
            return false;
        }
        return language.outOfMemoryMarkers().stream().anyMatch(stderrTail::contains);
    }
}
