package dev.gavel.server.queue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The durable queue, in the {@code jobs} table. A job is enqueued in the same transaction as the row it judges, so
 * an accepted submission always has its job. A claim is a conditional update (state queued → leased, with an owner
 * and an expiry), which works the same on every database and between processes; a finished job is marked done only
 * by the owner of a live lease, in the transaction that writes the verdict, so a verdict is written exactly once.
 */
public final class JobQueue {

    private static final int CANDIDATES = 8;

    private final JdbcTemplate jdbc;
    private final JdbcClient db;
    private final Duration lease;

    public JobQueue(JdbcTemplate jdbc, Duration lease) {
        this.jdbc = jdbc;
        this.db = JdbcClient.create(jdbc);
        this.lease = lease;
    }

    public Duration lease() {
        return lease;
    }

    /** Adds a job; call it inside the transaction that stores what it judges. */
    public void enqueue(String kind, long refId, Lane lane) {
        db.sql("INSERT INTO jobs (kind, ref_id, lane, state, attempts, created_at) VALUES (?, ?, ?, 'queued', 0, ?)")
                .params(kind, refId, lane.ordinal(), now())
                .update();
    }

    /** Adds a job for each of the rows; call it inside the transaction that stores them. */
    public void enqueueAll(String kind, List<Long> refIds, Lane lane) {
        OffsetDateTime now = now();
        List<Object[]> rows = refIds.stream().map(id -> new Object[] {kind, id, lane.ordinal(), now}).toList();
        jdbc.batchUpdate("INSERT INTO jobs (kind, ref_id, lane, state, attempts, created_at) "
                + "VALUES (?, ?, ?, 'queued', 0, ?)", rows);
    }

    /** Jobs waiting, per lane (every lane present). */
    public Map<Lane, Long> depth() {
        Map<Lane, Long> depth = new EnumMap<>(Lane.class);
        for (Lane l : Lane.values()) depth.put(l, 0L);
        db.sql("SELECT lane, COUNT(*) FROM jobs WHERE state = 'queued' GROUP BY lane")
                .query((rs, n) -> Map.entry(Lane.of(rs.getInt(1)), rs.getLong(2))).list()
                .forEach(e -> depth.put(e.getKey(), e.getValue()));
        return depth;
    }

    /**
     * The oldest few waiting jobs of every lane that has any, in one query (a claimer needs both: which lanes have
     * work, to choose one by weight, and that lane's oldest jobs, to claim one).
     */
    Map<Lane, List<Candidate>> waiting() {
        Map<Lane, List<Candidate>> waiting = new EnumMap<>(Lane.class);
        db.sql(WAITING_SQL).query(CANDIDATE).list()
                .forEach(c -> waiting.computeIfAbsent(c.lane, l -> new ArrayList<>()).add(c));
        waiting.values().forEach(l -> l.sort(Comparator.comparingLong(Candidate::id)));
        return waiting;
    }

    /** A lane's oldest waiting jobs: a short scan of the jobs_waiting index. */
    private static String candidatesSql(Lane lane) {
        return "SELECT id, kind, ref_id, attempts, created_at, lane FROM jobs WHERE state = 'queued' AND lane = "
                + lane.ordinal() + " ORDER BY id FETCH FIRST " + CANDIDATES + " ROWS ONLY";
    }

    private static final String WAITING_SQL = Arrays.stream(Lane.values())
            .map(l -> "(" + candidatesSql(l) + ")")
            .collect(Collectors.joining(" UNION ALL "));

    private static final RowMapper<Candidate> CANDIDATE = (rs, n) -> new Candidate(rs.getLong(1), rs.getString(2),
            rs.getLong(3), rs.getInt(4), rs.getObject(5, OffsetDateTime.class), Lane.of(rs.getInt(6)));

    /** Claims the oldest waiting job of the lane for the owner, or empty if another claimer took them all first. */
    public Optional<Job> claim(Lane lane, String owner) {
        return claim(db.sql(candidatesSql(lane)).query(CANDIDATE).list(), owner);
    }

    /** Claims the first of these waiting jobs (of one lane, oldest first) that no other claimer has taken. */
    Optional<Job> claim(List<Candidate> candidates, String owner) {
        for (Candidate c : candidates) {
            OffsetDateTime now = now();
            int claimed = db.sql("UPDATE jobs SET state = 'leased', lease_owner = ?, lease_until = ?, "
                            + "attempts = attempts + 1 WHERE id = ? AND state = 'queued'")
                    .params(owner, now.plus(lease), c.id).update();
            if (claimed == 1) {
                long waited = Duration.between(c.createdAt, now).toMillis();
                return Optional.of(new Job(c.id, c.kind, c.refId, c.lane, c.attempts + 1, owner, Math.max(0, waited)));
            }
        }
        return Optional.empty();
    }

    /** A waiting job, as seen before claiming it. */
    record Candidate(long id, String kind, long refId, int attempts, OffsetDateTime createdAt, Lane lane) {
    }

    /** Extends the lease of a job still held by its owner; false if the lease was lost. */
    public boolean heartbeat(Job job) {
        return db.sql("UPDATE jobs SET lease_until = ? WHERE id = ? AND state = 'leased' AND lease_owner = ?")
                .params(now().plus(lease), job.id(), job.owner()).update() == 1;
    }

    /**
     * Marks the job done if its owner still holds the lease. Call it inside the transaction that writes the result,
     * and write the result only when it returns true: a late duplicate (lease expired, job judged again elsewhere)
     * then changes nothing.
     */
    public boolean complete(Job job) {
        return db.sql("UPDATE jobs SET state = 'done', finished_at = ?, lease_owner = NULL, lease_until = NULL "
                        + "WHERE id = ? AND state = 'leased' AND lease_owner = ?")
                .params(now(), job.id(), job.owner()).update() == 1;
    }

    /** Hands a job back to the queue (to be judged again, by anyone). */
    public boolean release(Job job) {
        return db.sql("UPDATE jobs SET state = 'queued', lease_owner = NULL, lease_until = NULL "
                        + "WHERE id = ? AND state = 'leased' AND lease_owner = ?")
                .params(job.id(), job.owner()).update() == 1;
    }

    /** Puts every job whose lease has expired back in the queue; returns how many. */
    public int requeueExpired() {
        return db.sql("UPDATE jobs SET state = 'queued', lease_owner = NULL, lease_until = NULL "
                        + "WHERE state = 'leased' AND lease_until < ?")
                .param(now()).update();
    }

    /**
     * Puts back every job leased by an earlier run of this node (owner {@code node#anything}): that process is gone,
     * so its leases need not be waited out.
     */
    public int requeueLeasesOfNode(String node) {
        return db.sql("UPDATE jobs SET state = 'queued', lease_owner = NULL, lease_until = NULL "
                        + "WHERE state = 'leased' AND lease_owner LIKE ?")
                .param(node.replace("%", "\\%").replace("_", "\\_") + "#%").update();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
