/**
 * Interactive problems: the submission and the output validator run at the same time, each in its own sandbox with
 * its own limits, talking through pipes; and the verdict of such a run, decided as Kattis and DOMjudge do (a
 * validator's rejection stands even if the submission then died on a closed pipe; a submission that failed first keeps
 * its own verdict; a validator fault is the judge's). Knows nothing of test groups or grading.
 */
package dev.gavel.judge.interactive;
