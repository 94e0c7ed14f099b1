package dev.gavel.server.contest;

import dev.gavel.server.contest.board.IoiMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code contests}, {@code contest_problems} and {@code contest_participants} tables. */
@Repository
public class ContestStore {

    private static final String SUBMISSIONS = "SELECT id, participant_id, problem_id, created_at, status, verdict, "
            + "score, subtasks_json FROM contest_submissions ";

    private final JdbcClient db;

    public ContestStore(JdbcClient db) {
        this.db = db;
    }

    public List<Contest> all() {
        return db.sql("SELECT * FROM contests ORDER BY starts_at DESC, id DESC").query(this::contest).list();
    }

    public Optional<Contest> bySlug(String slug) {
        return db.sql("SELECT * FROM contests WHERE slug = ?").param(slug).query(this::contest).optional();
    }

    public Optional<Contest> byId(long id) {
        return db.sql("SELECT * FROM contests WHERE id = ?").param(id).query(this::contest).optional();
    }

    /** Stores a new contest with its problems (call inside a transaction); returns its id. */
    public long insert(ContestDraft d) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        db.sql("INSERT INTO contests (slug, title, format, ioi_mode, starts_at, duration_s, freeze_s, penalty_minutes, "
                        + "public_contest, registration_open, submissions_per_minute, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(d.slug(), d.title(), d.format().label(), mode(d.ioiMode()), utc(d.startsAt()),
                        d.duration().toSeconds(), d.freeze() == null ? null : d.freeze().toSeconds(),
                        d.penaltyMinutes(), d.publicContest(), d.registrationOpen(), d.submissionsPerMinute(),
                        utc(Instant.now()))
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        insertProblems(id, d.problems());
        return id;
    }

    /** Replaces a contest's definition and problem set (call inside a transaction). */
    public void update(long id, ContestDraft d) {
        db.sql("UPDATE contests SET slug = ?, title = ?, format = ?, ioi_mode = ?, starts_at = ?, duration_s = ?, "
                        + "freeze_s = ?, penalty_minutes = ?, public_contest = ?, registration_open = ?, "
                        + "submissions_per_minute = ? WHERE id = ?")
                .params(d.slug(), d.title(), d.format().label(), mode(d.ioiMode()), utc(d.startsAt()),
                        d.duration().toSeconds(), d.freeze() == null ? null : d.freeze().toSeconds(),
                        d.penaltyMinutes(), d.publicContest(), d.registrationOpen(), d.submissionsPerMinute(), id)
                .update();
        db.sql("DELETE FROM contest_problems WHERE contest_id = ?").param(id).update();
        insertProblems(id, d.problems());
    }

    private void insertProblems(long contestId, List<ContestDraft.Problem> problems) {
        for (int i = 0; i < problems.size(); i++) {
            ContestDraft.Problem p = problems.get(i);
            db.sql("INSERT INTO contest_problems (contest_id, label, ordinal, problem_id, points) VALUES (?, ?, ?, ?, ?)")
                    .params(contestId, p.label(), i, p.problemId(), p.points()).update();
        }
    }

    public void setUnfrozen(long id, Instant at) {
        db.sql("UPDATE contests SET unfrozen_at = ? WHERE id = ?").params(at == null ? null : utc(at), id).update();
    }

    /** Adds a participant; false when already one. */
    public boolean addParticipant(long contestId, long userId) {
        if (isParticipant(contestId, userId)) return false;
        return db.sql("INSERT INTO contest_participants (contest_id, user_id, registered_at) VALUES (?, ?, ?)")
                .params(contestId, userId, utc(Instant.now())).update() == 1;
    }

    /** Whether the user takes part in the contest: as a participant, or as a member of a participating team. */
    public boolean isParticipant(long contestId, long userId) {
        return participantOf(contestId, userId).isPresent();
    }

    /** Whom the user takes part in the contest as: their team (a member of one), themselves, or nobody. */
    public Optional<Long> participantOf(long contestId, long userId) {
        return db.sql("SELECT team_id FROM contest_team_members WHERE contest_id = ? AND user_id = ? UNION ALL "
                        + "SELECT user_id FROM contest_participants WHERE contest_id = ? AND user_id = ?")
                .params(contestId, userId, contestId, userId).query(Long.class).list().stream().findFirst();
    }

    /** Makes these users members of a participating team (call inside the transaction that adds the team). */
    public void addMembers(long contestId, long teamId, List<Long> userIds) {
        for (long userId : userIds) {
            db.sql("INSERT INTO contest_team_members (contest_id, team_id, user_id) VALUES (?, ?, ?)")
                    .params(contestId, teamId, userId).update();
        }
    }

    /** A team of a contest: its account's name and its members' names. */
    public record Team(String name, List<String> members) {
    }

    /** The contest's teams, by name, each with its members by name. */
    public List<Team> teams(long contestId) {
        Map<String, List<String>> members = new TreeMap<>();
        db.sql("SELECT t.username, u.username FROM contest_team_members m JOIN users t ON t.id = m.team_id "
                        + "JOIN users u ON u.id = m.user_id WHERE m.contest_id = ? ORDER BY t.username, u.username")
                .param(contestId)
                .query(rs -> {
                    members.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return members.entrySet().stream().map(e -> new Team(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /** Whether the user has made a submission to the contest. */
    public boolean hasSubmitted(long contestId, long userId) {
        return db.sql("SELECT COUNT(*) FROM submissions WHERE contest_id = ? AND user_id = ?")
                .params(contestId, userId).query(Long.class).single() > 0;
    }

    /** A participant: user id and name. */
    public record Participant(long userId, String username) {
    }

    public List<Participant> participants(long contestId) {
        return db.sql("SELECT p.user_id, u.username FROM contest_participants p JOIN users u ON u.id = p.user_id "
                        + "WHERE p.contest_id = ? ORDER BY p.user_id")
                .param(contestId).query((rs, n) -> new Participant(rs.getLong(1), rs.getString(2))).list();
    }

    /** Those of these users who are participants of the contest. */
    public List<Participant> participants(long contestId, Collection<Long> userIds) {
        if (userIds.isEmpty()) return List.of();
        List<Object> params = new ArrayList<>(userIds.size() + 1);
        params.add(contestId);
        params.addAll(userIds);
        return db.sql("SELECT p.user_id, u.username FROM contest_participants p JOIN users u ON u.id = p.user_id "
                        + "WHERE p.contest_id = ? AND p.user_id IN ("
                        + String.join(", ", Collections.nCopies(userIds.size(), "?")) + ")")
                .params(params).query((rs, n) -> new Participant(rs.getLong(1), rs.getString(2))).list();
    }

    /** A cell the resolver revealed: the participant's column of the problem with this label. */
    public record Reveal(long userId, String label) {
    }

    /** The cells the resolver revealed on the contest's public board, in the order it did. */
    public List<Reveal> reveals(long contestId) {
        return db.sql("SELECT user_id, label FROM contest_reveals WHERE contest_id = ? ORDER BY step")
                .param(contestId).query((rs, n) -> new Reveal(rs.getLong(1), rs.getString(2))).list();
    }

    /** Records the resolver's next step (call inside a transaction: the step is numbered after the last). */
    public void addReveal(long contestId, Reveal reveal, Instant at) {
        int last = db.sql("SELECT COALESCE(MAX(step), 0) FROM contest_reveals WHERE contest_id = ?")
                .param(contestId).query(Integer.class).single();
        db.sql("INSERT INTO contest_reveals (contest_id, step, user_id, label, revealed_at) VALUES (?, ?, ?, ?, ?)")
                .params(contestId, last + 1, reveal.userId(), reveal.label(), utc(at)).update();
    }

    /** Every submission made to the contest, oldest first. */
    public List<ContestSubmission> submissions(long contestId) {
        return db.sql(SUBMISSIONS + "WHERE contest_id = ? ORDER BY id")
                .param(contestId).query(ContestStore::submission).list();
    }

    /** These submissions of the contest (ids of other contests' or unknown ones are left out), in one query. */
    public List<ContestSubmission> submissions(long contestId, Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        List<Object> params = new ArrayList<>(ids.size() + 1);
        params.add(contestId);
        params.addAll(ids);
        return db.sql(SUBMISSIONS + "WHERE contest_id = ? AND id IN ("
                        + String.join(", ", Collections.nCopies(ids.size(), "?")) + ") ORDER BY id")
                .params(params).query(ContestStore::submission).list();
    }

    private static ContestSubmission submission(ResultSet rs, int n) throws SQLException {
        return new ContestSubmission(rs.getLong("id"), rs.getLong("participant_id"), rs.getLong("problem_id"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("status"),
                rs.getString("verdict"), rs.getObject("score", Double.class), rs.getString("subtasks_json"));
    }

    private Contest contest(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        Long freeze = rs.getObject("freeze_s", Long.class);
        OffsetDateTime unfrozen = rs.getObject("unfrozen_at", OffsetDateTime.class);
        String mode = rs.getString("ioi_mode");
        return new Contest(id, rs.getString("slug"), rs.getString("title"),
                ContestFormat.parse(rs.getString("format")),
                mode == null ? null : IoiMode.valueOf(mode.toUpperCase(Locale.ROOT).replace('-', '_')),
                rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                Duration.ofSeconds(rs.getLong("duration_s")), freeze == null ? null : Duration.ofSeconds(freeze),
                rs.getInt("penalty_minutes"), rs.getBoolean("public_contest"), rs.getBoolean("registration_open"),
                rs.getObject("submissions_per_minute", Integer.class),
                unfrozen == null ? null : unfrozen.toInstant(), problems(id));
    }

    private List<ContestProblem> problems(long contestId) {
        return db.sql("SELECT cp.label, cp.ordinal, cp.problem_id, p.slug, p.name, cp.points, p.max_score "
                        + "FROM contest_problems cp JOIN problems p ON p.id = cp.problem_id WHERE cp.contest_id = ? "
                        + "ORDER BY cp.ordinal")
                .param(contestId)
                .query((rs, n) -> new ContestProblem(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getDouble(6), rs.getObject(7, Double.class)))
                .list();
    }

    private static String mode(IoiMode mode) {
        return mode == null ? null : mode.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
