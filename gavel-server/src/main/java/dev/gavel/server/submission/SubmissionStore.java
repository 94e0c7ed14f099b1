package dev.gavel.server.submission;

import dev.gavel.server.store.BatchInsert;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code submissions} table. */
@Repository
public class SubmissionStore {

    private static final String SELECT = "SELECT s.*, u.username, p.slug FROM submissions s "
            + "LEFT JOIN users u ON u.id = s.user_id JOIN problems p ON p.id = s.problem_id ";

    private static final RowMapper<SubmissionRow> ROW = (rs, n) -> new SubmissionRow(rs.getLong("id"),
            (Long) rs.getObject("user_id", Long.class), rs.getString("username"), rs.getLong("problem_id"),
            rs.getString("slug"), (Long) rs.getObject("contest_id", Long.class), rs.getString("language"),
            rs.getString("source"), rs.getString("status"),
            rs.getString("verdict"), rs.getObject("score", Double.class), rs.getObject("time_ms", Long.class),
            rs.getObject("memory_kib", Long.class), rs.getString("compile_output"), rs.getString("reason"),
            rs.getString("tests_json"), rs.getString("subtasks_json"), rs.getObject("created_at", OffsetDateTime.class),
            rs.getObject("judged_at", OffsetDateTime.class));

    private static final RowMapper<Finished> FINISHED = (rs, n) -> new Finished(rs.getLong(1),
            (Long) rs.getObject(2, Long.class));

    private final JdbcTemplate jdbc;
    private final JdbcClient db;

    public SubmissionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.db = JdbcClient.create(jdbc);
    }

    /** A submission to store; {@code contestId} is null for practice. */
    public record NewSubmission(Long userId, long problemId, String language, String source, Long contestId) {
    }

    /** Stores new queued submissions in one batch; returns their ids in order. */
    public List<Long> insertAll(List<NewSubmission> items) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return BatchInsert.ids(jdbc, "INSERT INTO submissions (user_id, problem_id, language, source, status, "
                + "created_at, contest_id) VALUES (?, ?, ?, ?, 'queued', ?, ?)", items, (ps, s) -> {
                    ps.setObject(1, s.userId());
                    ps.setLong(2, s.problemId());
                    ps.setString(3, s.language());
                    ps.setString(4, s.source());
                    ps.setObject(5, now);
                    if (s.contestId() == null) ps.setNull(6, Types.BIGINT);
                    else ps.setLong(6, s.contestId());
                });
    }

    public Optional<SubmissionRow> find(long id) {
        return db.sql(SELECT + "WHERE s.id = ?").param(id).query(ROW).optional();
    }

    /** The user's submissions, newest first. */
    public List<SubmissionRow> byUser(long userId, int offset, int limit) {
        return byUser(userId, HistoryFilter.ANY, offset, limit);
    }

    /** Which of a user's submissions to list: a problem slug, a verdict, a language id (each null for any). */
    public record HistoryFilter(String problem, String verdict, String language) {

        public static final HistoryFilter ANY = new HistoryFilter(null, null, null);
    }

    /** The user's submissions that pass the filter, newest first. */
    public List<SubmissionRow> byUser(long userId, HistoryFilter filter, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        params.add(userId);
        StringBuilder where = new StringBuilder("WHERE s.user_id = ?");
        if (filter.problem() != null) {
            where.append(" AND p.slug = ?");
            params.add(filter.problem());
        }
        if (filter.verdict() != null) {
            // a submission being judged has no verdict yet, even one being judged again
            where.append(" AND s.verdict = ? AND s.status = 'done'");
            params.add(filter.verdict());
        }
        if (filter.language() != null) {
            where.append(" AND s.language = ?");
            params.add(filter.language());
        }
        params.add(offset);
        params.add(limit);
        return db.sql(SELECT + where + " ORDER BY s.id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(params).query(ROW).list();
    }

    /** Writes the final result of a row made by {@link SubmissionRow#judged} (in the transaction that completes the job). */
    public void saveResult(SubmissionRow r) {
        db.sql("UPDATE submissions SET status = 'done', verdict = ?, score = ?, time_ms = ?, memory_kib = ?, "
                        + "compile_output = ?, reason = ?, tests_json = ?, subtasks_json = ?, judged_at = ? WHERE id = ?")
                .params(r.verdict(), r.score(), r.timeMs(), r.memoryKib(), r.compileOutput(), r.reason(), r.testsJson(),
                        r.subtasksJson(), r.judgedAt(), r.id())
                .update();
    }

    /** A finished submission: its id and contest (null for practice). */
    public record Finished(long id, Long contestId) {
    }

    /** The problem's finished submissions, oldest first. */
    public List<Finished> doneForProblem(long problemId) {
        return db.sql("SELECT id, contest_id FROM submissions WHERE problem_id = ? AND status = 'done' ORDER BY id")
                .param(problemId).query(FINISHED).list();
    }

    /** The finished submissions of one problem in one contest, oldest first. */
    public List<Finished> doneInContest(long contestId, long problemId) {
        return db.sql("SELECT id, contest_id FROM submissions WHERE contest_id = ? AND problem_id = ? "
                        + "AND status = 'done' ORDER BY id")
                .params(contestId, problemId).query(FINISHED).list();
    }


    /** Marks a submission queued again for a rejudge (its old result stays until the new one is written). */
    public boolean markQueued(long id) {
        return db.sql("UPDATE submissions SET status = 'queued' WHERE id = ? AND status = 'done'").param(id)
                .update() == 1;
    }
}
