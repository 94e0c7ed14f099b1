package dev.gavel.judge.cli;

import java.io.IOException;

/** Whether standard error is a terminal (Java has no call for it; the shell's {@code test -t 2} on our own fd does). */
final class Terminal {

    private Terminal() {
    }

    static boolean stderrIsTerminal() {
        if (System.getenv("TERM") == null || "dumb".equals(System.getenv("TERM"))) return false;
        try {
            Process p = new ProcessBuilder("sh", "-c", "test -t 2")
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
