package dev.gavel.server.clics;

import dev.gavel.server.contest.Contest;
import dev.gavel.server.contest.ContestBoards;
import dev.gavel.server.contest.ContestFormat;
import dev.gavel.server.contest.ContestProblem;
import dev.gavel.server.contest.board.BoardPage;
import dev.gavel.server.contest.board.Cell;
import dev.gavel.server.contest.board.RankedRow;
import dev.gavel.server.contest.board.Row;
import dev.gavel.server.contest.board.View;
import dev.gavel.server.submission.SubmissionViews;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The CLICS scoreboard, read from the contest's live board: administrators get the full view, everyone else the
 * public one (frozen cells count as pending). Rows are ranked as on the board, ties listed by team name.
 */
@Component
class ScoreboardBuilder {

    private final ContestBoards boards;
    private final ClicsStore store;
    private final ClicsProjection projection;
    private final SubmissionViews views;

    ScoreboardBuilder(ContestBoards boards, ClicsStore store, ClicsProjection projection, SubmissionViews views) {
        this.boards = boards;
        this.store = store;
        this.projection = projection;
        this.views = views;
    }

    Wire.Scoreboard scoreboard(Contest c, Audience audience, Instant now) {
        ContestBoards.Loaded loaded = boards.board(c);
        View view = audience == Audience.ADMIN ? View.FULL : View.PUBLIC;
        BoardPage page = loaded.board().page(view, 0, Math.max(1, loaded.board().size()));
        boolean icpc = c.format() == ContestFormat.ICPC;
        boolean showProblems = audience == Audience.ADMIN || ClicsProjection.problemsPublic(c, now);
        IoiTimes times = icpc ? null : new IoiTimes(c, store.submissions(c.id()), views::subtasks,
                audience != Audience.ADMIN);
        List<RankedRow> ranked = new ArrayList<>(page.rows());
        Collator collator = Collator.getInstance(Locale.US);
        ranked.sort(Comparator.comparingInt(RankedRow::rank)
                .thenComparing(r -> name(loaded.names(), r.row().participant()), collator));
        List<Wire.ScoreboardRow> rows = new ArrayList<>(ranked.size());
        for (RankedRow r : ranked) {
            Row row = r.row();
            Wire.RowScore score = icpc
                    ? new Wire.RowScore(row.solved(), row.penaltyMinutes(), null,
                            row.solved() > 0 ? row.lastAcMinute() : null)
                    : new Wire.RowScore(null, null, row.points(), null);
            List<Wire.ProblemResult> problems = showProblems ? results(c, row, times) : null;
            rows.add(new Wire.ScoreboardRow(r.rank(), String.valueOf(row.participant()), score, problems));
        }
        return new Wire.Scoreboard(ClicsTimes.absolute(now), ClicsTimes.relative(c.elapsed(now)),
                projection.state(c, now), rows);
    }

    private static String name(Map<Long, String> names, long participant) {
        return names.getOrDefault(participant, "");
    }

    private static List<Wire.ProblemResult> results(Contest c, Row row, IoiTimes times) {
        List<Wire.ProblemResult> results = new ArrayList<>(row.cells().size());
        for (int i = 0; i < row.cells().size(); i++) {
            Cell cell = row.cells().get(i);
            ContestProblem p = c.problems().get(i);
            if (times == null) {
                results.add(new Wire.ProblemResult(p.slug(), cell.tries(), cell.pending(), cell.solved(), null,
                        cell.solved() ? cell.solvedMinute() : null, cell.firstToSolve() ? true : null));
            } else {
                Long minute = cell.score() > 0 ? times.minute(row.participant(), p.problemId()) : null;
                results.add(new Wire.ProblemResult(p.slug(), cell.tries(), cell.pending(), null, cell.score(),
                        minute, null));
            }
        }
        return results;
    }
}
