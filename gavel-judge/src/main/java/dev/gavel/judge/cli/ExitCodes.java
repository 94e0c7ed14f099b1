package dev.gavel.judge.cli;

/** Exit codes of every {@code gavel} command. */
final class ExitCodes {

    /** Everything matched / the submission was accepted / every sandbox feature is there. */
    static final int OK = 0;
    /** A mismatch, a non-accepted verdict, a broken package, or a missing sandbox feature. */
    static final int FAILED = 1;
    /** Bad command line (picocli's own code for usage errors). */
    static final int USAGE = 2;
    /** The machine cannot judge: no sandbox, no languages, no scratch space. */
    static final int ENVIRONMENT = 3;

    static final String HEADING = "%nExit codes:%n";
    static final String HELP_OK = "0:everything matched (verify), accepted (judge), all features present (sandbox check)";
    static final String HELP_FAILED = "1:a mismatch or broken package (verify), a verdict other than Accepted (judge), "
            + "a sandbox feature missing (sandbox check)";
    static final String HELP_USAGE = "2:bad command line";
    static final String HELP_ENVIRONMENT = "3:this machine cannot judge (sandbox or languages unavailable)";

    private ExitCodes() {
    }
}
