package dev.gavel.server.contest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A contest as an administrator sends it (create or replace). Times are ISO-8601: {@code startsAt} an instant
 * ({@code 2026-12-01T09:00:00Z}), {@code duration} and {@code freeze} durations ({@code PT5H}, {@code PT1H}).
 *
 * @param slug                 the contest's id in URLs (letters, digits, '-', '_')
 * @param format               {@code icpc} or {@code ioi}
 * @param ioiMode              IOI only: {@code best-submission} (default) or {@code best-per-subtask}
 * @param freeze               ICPC: how long before the end the public board freezes; absent = no freeze
 * @param penaltyMinutes       ICPC: minutes per rejected try before a problem's first accepted one (default 20)
 * @param publicContest        listed for everyone, and anyone may register while registration is open
 * @param submissionsPerMinute per-participant submission rate in this contest; absent = the server's default
 * @param problems             the set, in column order
 */
public record ContestRequest(String slug, String title, String format, String ioiMode, String startsAt,
                             String duration, String freeze, Integer penaltyMinutes,
                             @JsonProperty("public") Boolean publicContest, Boolean registrationOpen,
                             Integer submissionsPerMinute, List<Problem> problems) {

    /**
     * @param label   its label (A, B, …; default the next letter)
     * @param problem the problem's slug
     * @param points  IOI: what a full solution is worth (default 100)
     */
    public record Problem(String label, String problem, Double points) {
    }
}
