package dev.gavel.judge.verify;

import java.io.PrintStream;
import java.util.List;

/** A one-line progress bar for a terminal: redrawn in place as submissions finish, erased at the end. */
public final class ProgressBar implements Verifier.Listener {

    private static final int WIDTH = 30;
    private final PrintStream err;
    private int total;
    private int done;

    public ProgressBar(PrintStream err) {
        this.err = err;
    }

    @Override
    public void started(int submissions) {
        total = submissions;
        draw("");
    }

    @Override
    public void judged(VerifyRow row) {
        done++;
        draw(row.submission() == null ? row.problem() : row.problem() + "/" + row.submission());
    }

    @Override
    public void packageDone(List<VerifyRow> rows) {
    }

    /** Erases the bar. */
    public void finish() {
        err.print("\r\033[K");
        err.flush();
    }

    private void draw(String last) {
        int filled = total == 0 ? WIDTH : Math.min(WIDTH, done * WIDTH / total);
        String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
        String tail = last.length() > 40 ? "…" + last.substring(last.length() - 39) : last;
        err.print("\r\033[K[" + bar + "] " + done + "/" + total + " " + tail);
        err.flush();
    }
}
