/**
 * {@code gavel verify}: judges every submission in a package's {@code submissions/} and compares the verdict with the
 * expected one — from the folder ({@code accepted}, {@code wrong_answer}, ..., {@code rejected}) or from an
 * {@code @EXPECTED_RESULTS@:} line in the source, which wins. Finds a problem's time limit from its accepted
 * submissions when the package fixes none. Reports as a table or as JSON lines. Judges through a
 * {@link dev.gavel.judge.verify.SubmissionJudge}, so it knows nothing of sandboxes.
 */
package dev.gavel.judge.verify;
