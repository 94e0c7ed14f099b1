package dev.gavel.server.submission;

/**
 * One test's result as the submitter sees it. Hidden (non-sample) tests show only verdict, time and memory; a
 * sample test also shows the checker's message (what differed) and, when the answer was wrong, the start of the
 * program's output.
 */
public record TestView(int index, String name, boolean sample, String verdict, long timeMs, long memoryKib,
                       String message, String output) {
}
