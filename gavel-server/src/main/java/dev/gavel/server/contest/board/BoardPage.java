package dev.gavel.server.contest.board;

import java.util.List;

/**
 * Consecutive rows of a view, best first; equal rows are listed by participant id.
 *
 * @param total       rows in the view
 * @param lastEventId the view's last event reflected in these rows: resume {@link Board#since} from it
 */
public record BoardPage(int total, List<RankedRow> rows, long lastEventId) {
    public BoardPage {
        rows = List.copyOf(rows);
    }
}
