package dev.gavel.server.judge0;

import dev.gavel.server.store.BatchInsert;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code executions} table. */
@Repository
class ExecutionStore {

    private static final RowMapper<ExecutionRow> ROW = (rs, n) -> new ExecutionRow(rs.getLong("id"),
            rs.getString("token"), rs.getInt("language_id"), rs.getBytes("source_code"), rs.getBytes("stdin"),
            rs.getBytes("expected_output"), rs.getString("settings_json"), rs.getString("callback_url"),
            rs.getInt("status_id"), rs.getBytes("stdout"), rs.getBytes("stderr"), rs.getBytes("compile_output"),
            rs.getString("message"), rs.getObject("exit_code", Integer.class),
            rs.getObject("exit_signal", Integer.class), rs.getObject("time_s", Double.class),
            rs.getObject("wall_time_s", Double.class), rs.getObject("memory_kb", Long.class),
            rs.getObject("created_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class));

    private final JdbcTemplate jdbc;
    private final JdbcClient db;

    ExecutionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.db = JdbcClient.create(jdbc);
    }

    /** A new execution to store, with its token and its settings as JSON. */
    record NewRow(String token, NewExecution execution, String settingsJson) {
    }

    /** Stores new executions, In Queue, in one batch; returns their ids in order. */
    List<Long> insertAll(List<NewRow> rows) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return BatchInsert.ids(jdbc, "INSERT INTO executions (token, language_id, source_code, stdin, expected_output, "
                + "settings_json, callback_url, status_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows,
                (ps, row) -> {
                    NewExecution e = row.execution();
                    ps.setString(1, row.token());
                    ps.setInt(2, e.languageId());
                    ps.setBytes(3, e.source());
                    ps.setBytes(4, e.stdin());
                    ps.setBytes(5, e.expectedOutput());
                    ps.setString(6, row.settingsJson());
                    ps.setString(7, e.callbackUrl());
                    ps.setInt(8, Judge0Status.IN_QUEUE.id());
                    ps.setObject(9, now);
                });
    }

    Optional<ExecutionRow> find(long id) {
        return db.sql("SELECT * FROM executions WHERE id = ?").param(id).query(ROW).optional();
    }

    Optional<ExecutionRow> byToken(String token) {
        return db.sql("SELECT * FROM executions WHERE token = ?").param(token).query(ROW).optional();
    }

    /** A page of executions, newest first. */
    List<ExecutionRow> page(long offset, int limit) {
        return db.sql("SELECT * FROM executions ORDER BY id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(offset, limit).query(ROW).list();
    }

    long count() {
        return db.sql("SELECT COUNT(*) FROM executions").query(Long.class).single();
    }

    /** Executions In Queue or Processing. */
    long unfinished() {
        return db.sql("SELECT COUNT(*) FROM executions WHERE status_id <= ?").param(Judge0Status.PROCESSING.id())
                .query(Long.class).single();
    }

    /** Marks a queued execution as being processed (a retried one may already be). */
    void markProcessing(long id) {
        db.sql("UPDATE executions SET status_id = ? WHERE id = ? AND status_id = ?")
                .params(Judge0Status.PROCESSING.id(), id, Judge0Status.IN_QUEUE.id()).update();
    }

    /** Writes the result (runs in the transaction that completes the job). */
    void saveResult(long id, Result r) {
        db.sql("UPDATE executions SET status_id = ?, stdout = ?, stderr = ?, compile_output = ?, message = ?, "
                        + "exit_code = ?, exit_signal = ?, time_s = ?, wall_time_s = ?, memory_kb = ?, finished_at = ? "
                        + "WHERE id = ?")
                .params(r.status().id(), r.stdout(), r.stderr(), r.compileOutput(), r.message(), r.exitCode(),
                        r.exitSignal(), r.time(), r.wallTime(), r.memory(), OffsetDateTime.now(ZoneOffset.UTC), id)
                .update();
    }

    /** Deletes a finished execution and its jobs; false if there was none. */
    boolean delete(long id) {
        db.sql("DELETE FROM jobs WHERE kind = ? AND ref_id = ?").params(ExecutionJudging.KIND, id).update();
        return db.sql("DELETE FROM executions WHERE id = ?").param(id).update() == 1;
    }

    /** What an execution came to; null fields are shown as null, as Judge0 shows what it has not got. */
    record Result(Judge0Status status, byte[] stdout, byte[] stderr, byte[] compileOutput, String message,
                  Integer exitCode, Integer exitSignal, Double time, Double wallTime, Long memory) {
    }
}
