package dev.gavel.server.clics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code clics_events} table, and the contest submissions as the CLICS API reads them. */
@Repository
class ClicsStore {

    private static final String SUBMISSIONS = "SELECT id, participant_id, problem_id, language, created_at, status, "
            + "verdict, score, time_ms, judged_at, subtasks_json FROM contest_submissions ";

    private final JdbcTemplate jdbc;
    private final JdbcClient db;

    ClicsStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.db = JdbcClient.create(jdbc);
    }

    /** Every event of the contest after {@code afterSeq}, in order. */
    List<FeedEvent> eventsAfter(long contestId, long afterSeq) {
        return db.sql("SELECT seq, object_type, object_id, data_json, hidden FROM clics_events "
                        + "WHERE contest_id = ? AND seq > ? ORDER BY seq")
                .params(contestId, afterSeq).query(ClicsStore::event).list();
    }

    /** Up to {@code limit} events after {@code afterSeq} that the audience sees, in order. */
    List<FeedEvent> eventsAfter(long contestId, long afterSeq, Audience audience, int limit) {
        String onlyPublic = audience == Audience.PUBLIC ? "AND hidden = FALSE " : "";
        return db.sql("SELECT seq, object_type, object_id, data_json, hidden FROM clics_events "
                        + "WHERE contest_id = ? AND seq > ? " + onlyPublic + "ORDER BY seq FETCH FIRST ? ROWS ONLY")
                .params(contestId, afterSeq, limit).query(ClicsStore::event).list();
    }

    /**
     * Appends events (numbered by the caller, right after the stored ones). Two writers that numbered theirs alike
     * collide on the primary key: the later one fails with a DuplicateKeyException and nothing of its is stored.
     */
    void append(long contestId, List<FeedEvent> events, Instant at) {
        OffsetDateTime now = at.atOffset(ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>(events.size());
        for (FeedEvent e : events) {
            rows.add(new Object[] {contestId, e.seq(), e.key().type().wireName(), e.key().id(), e.data(), e.hidden(),
                    now});
        }
        jdbc.batchUpdate("INSERT INTO clics_events (contest_id, seq, object_type, object_id, data_json, hidden, "
                + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private static FeedEvent event(ResultSet rs, int n) throws SQLException {
        ObjectType type = ObjectType.of(rs.getString("object_type"));
        return new FeedEvent(rs.getLong("seq"), new ObjectKey(type, rs.getString("object_id")),
                rs.getString("data_json"), rs.getBoolean("hidden"));
    }

    /** The contest's submissions, oldest first. */
    List<ClicsSubmission> submissions(long contestId) {
        return db.sql(SUBMISSIONS + "WHERE contest_id = ? ORDER BY id").param(contestId)
                .query(ClicsStore::submission).list();
    }

    /** Those of the given submissions that belong to the contest, oldest first. */
    List<ClicsSubmission> submissions(long contestId, Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return db.sql(SUBMISSIONS + "WHERE contest_id = :contest AND id IN (:ids) ORDER BY id")
                .param("contest", contestId).param("ids", ids).query(ClicsStore::submission).list();
    }

    private static ClicsSubmission submission(ResultSet rs, int n) throws SQLException {
        return new ClicsSubmission(rs.getLong("id"), rs.getLong("participant_id"), rs.getLong("problem_id"),
                rs.getString("language"), instant(rs, "created_at"), rs.getString("status"), rs.getString("verdict"),
                rs.getObject("score", Double.class), rs.getObject("time_ms", Long.class), instant(rs, "judged_at"),
                rs.getString("subtasks_json"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
