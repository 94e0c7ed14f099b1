package dev.gavel.judge.verify;

import java.time.Duration;
import java.util.List;

/**
 * Totals of a verify run.
 *
 * @param total    rows (submissions and broken packages)
 * @param ok       submissions whose verdict matched
 * @param mismatch submissions that did not match, and broken packages
 * @param skipped  submissions not compared
 * @param elapsed  how long the run took
 */
public record VerifySummary(int total, int ok, int mismatch, int skipped, Duration elapsed) {

    public static VerifySummary of(List<VerifyRow> rows, Duration elapsed) {
        int ok = 0;
        int mismatch = 0;
        int skipped = 0;
        for (VerifyRow r : rows) {
            switch (r.status()) {
                case OK -> ok++;
                case MISMATCH -> mismatch++;
                case SKIPPED -> skipped++;
            }
        }
        return new VerifySummary(rows.size(), ok, mismatch, skipped, elapsed);
    }

    public boolean allMatched() {
        return mismatch == 0;
    }
}
