package dev.gavel.server.contest;

import dev.gavel.server.submission.ContestSubmissionListener.SubmissionChange;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Cluster mode's bookkeeping in the database (tables {@code board_owners} and {@code board_changes}): which server
 * keeps each contest's board, under a lease it renews, and the changes that server has still to take.
 */
@Repository
public class BoardLeases {

    /** What changed: a submission (ref: its id) or the participants (ref: the user who joined). */
    public enum Kind {
        SUBMISSION, PARTICIPANT;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A change waiting for the board's keeper. */
    public record Change(long id, long contestId, Kind kind, long refId) {
    }

    private static final String LOG = "INSERT INTO board_changes (contest_id, kind, ref_id) VALUES (?, ?, ?)";

    private final JdbcClient db;
    private final JdbcTemplate jdbc;

    public BoardLeases(JdbcClient db, JdbcTemplate jdbc) {
        this.db = db;
        this.jdbc = jdbc;
    }

    /** Takes the contest's board for the owner if nobody holds it or the holder's lease ran out; true if held now. */
    public boolean acquire(long contestId, String owner, Duration lease) {
        OffsetDateTime now = now();
        int taken = db.sql("UPDATE board_owners SET owner = ?, lease_until = ? WHERE contest_id = ? "
                        + "AND (owner = ? OR lease_until < ?)")
                .params(owner, now.plus(lease), contestId, owner, now).update();
        return taken == 1 || insert(contestId, owner, now.plus(lease));
    }

    /** Takes the contest's board for the owner whoever holds it (an administrator's action on this server). */
    public void take(long contestId, String owner, Duration lease) {
        OffsetDateTime until = now().plus(lease);
        for (int attempt = 0; attempt < 3; attempt++) {
            int taken = db.sql("UPDATE board_owners SET owner = ?, lease_until = ? WHERE contest_id = ?")
                    .params(owner, until, contestId).update();
            if (taken == 1 || insert(contestId, owner, until)) return;
        }
        throw new IllegalStateException("could not take the board of contest " + contestId);
    }

    /** Renews the owner's lease; false when another server holds the board now. */
    public boolean renew(long contestId, String owner, Duration lease) {
        return db.sql("UPDATE board_owners SET lease_until = ? WHERE contest_id = ? AND owner = ?")
                .params(now().plus(lease), contestId, owner).update() == 1;
    }

    /** Gives the board up (a server stopping), so that another takes it at once. */
    public void release(long contestId, String owner) {
        db.sql("DELETE FROM board_owners WHERE contest_id = ? AND owner = ?").params(contestId, owner).update();
    }

    /** Logs a change for the board's keeper (inside the change's transaction, for a submission). */
    public void log(long contestId, Kind kind, long refId) {
        db.sql(LOG).params(contestId, kind.label(), refId).update();
    }

    /** Logs changed contest submissions for their boards' keepers, in one batch (inside the changes' transaction). */
    public void logSubmissions(List<SubmissionChange> submissions) {
        jdbc.batchUpdate(LOG, submissions, submissions.size(), (ps, s) -> {
            ps.setLong(1, s.contestId());
            ps.setString(2, Kind.SUBMISSION.label());
            ps.setLong(3, s.submissionId());
        });
    }

    /** The oldest changes waiting for these contests' boards, at most {@code limit}, in one query. */
    public List<Change> changes(Collection<Long> contestIds, int limit) {
        if (contestIds.isEmpty()) return List.of();
        List<Object> params = new ArrayList<>(contestIds);
        params.add(limit);
        return db.sql("SELECT id, contest_id, kind, ref_id FROM board_changes WHERE contest_id IN ("
                        + String.join(", ", Collections.nCopies(contestIds.size(), "?")) + ") ORDER BY id LIMIT ?")
                .params(params)
                .query((rs, n) -> new Change(rs.getLong(1), rs.getLong(2),
                        Kind.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)), rs.getLong(4)))
                .list();
    }

    /**
     * Deletes changes the owner's board has taken; only while it holds the board, so that changes a server took after
     * losing it stay for the server that has it now.
     */
    public void taken(long contestId, String owner, List<Change> changes) {
        if (changes.isEmpty()) return;
        List<Object> params = new ArrayList<>(changes.size() + 3);
        params.add(contestId);
        params.add(contestId);
        params.add(owner);
        changes.forEach(c -> params.add(c.id()));
        db.sql("DELETE FROM board_changes WHERE contest_id = ? AND EXISTS (SELECT 1 FROM board_owners "
                        + "WHERE contest_id = ? AND owner = ?) AND id IN ("
                        + String.join(", ", Collections.nCopies(changes.size(), "?")) + ")")
                .params(params).update();
    }

    private boolean insert(long contestId, String owner, OffsetDateTime until) {
        try {
            return db.sql("INSERT INTO board_owners (contest_id, owner, lease_until) VALUES (?, ?, ?)")
                    .params(contestId, owner, until).update() == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
