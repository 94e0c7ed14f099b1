package dev.gavel.server.problem;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code problems} table. */
@Repository
public class ProblemStore {

    private static final RowMapper<StoredProblem> ROW = (rs, n) -> new StoredProblem(rs.getLong("id"),
            rs.getString("slug"), rs.getString("name"), rs.getString("difficulty"), tags(rs.getString("tags")),
            Path.of(rs.getString("package_dir")));

    private final JdbcClient db;

    public ProblemStore(JdbcClient db) {
        this.db = db;
    }

    public List<StoredProblem> all() {
        return db.sql("SELECT * FROM problems ORDER BY id").query(ROW).list();
    }

    /**
     * What a problems list asks for: words in the name or slug ({@code q}), a tag, a difficulty (each null for any),
     * leaving out the problems with the given ids.
     */
    public record Filter(String q, String tag, String difficulty, Set<Long> without) {

        public static Filter none(Set<Long> without) {
            return new Filter(null, null, null, without);
        }
    }

    /** A page of the problems that pass the filter. */
    public List<StoredProblem> page(int offset, int limit, Filter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        params.add(offset);
        params.add(limit);
        return db.sql("SELECT * FROM problems" + where + " ORDER BY id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(params).query(ROW).list();
    }

    public long count(Filter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        return db.sql("SELECT COUNT(*) FROM problems" + where).params(params).query(Long.class).single();
    }

    private static String where(Filter f, List<Object> params) {
        List<String> terms = new ArrayList<>();
        if (!f.without().isEmpty()) {
            terms.add("id NOT IN (" + String.join(", ", Collections.nCopies(f.without().size(), "?")) + ")");
            params.addAll(f.without());
        }
        if (f.q() != null && !f.q().isBlank()) {
            terms.add("(LOWER(name) LIKE ? ESCAPE '!' OR LOWER(slug) LIKE ? ESCAPE '!')");
            String like = "%" + likeEscaped(f.q().strip().toLowerCase(Locale.ROOT)) + "%";
            params.add(like);
            params.add(like);
        }
        if (f.tag() != null && !f.tag().isBlank()) {
            // tags are stored joined by commas: a whole-tag match is one between commas
            terms.add("(',' || tags || ',') LIKE ? ESCAPE '!'");
            params.add("%," + likeEscaped(f.tag().strip()) + ",%");
        }
        if (f.difficulty() != null && !f.difficulty().isBlank()) {
            terms.add("difficulty = ?");
            params.add(f.difficulty().strip());
        }
        return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** The tags and difficulties of the problems not left out, to offer as filters. */
    public record Facets(List<String> tags, List<String> difficulties) {
    }

    public Facets facets(Set<Long> without) {
        List<Object> params = new ArrayList<>();
        String where = where(Filter.none(without), params);
        TreeSet<String> tags = new TreeSet<>();
        TreeSet<String> difficulties = new TreeSet<>();
        db.sql("SELECT tags, difficulty FROM problems" + where).params(params).query(rs -> {
            tags.addAll(tags(rs.getString("tags")));
            String d = rs.getString("difficulty");
            if (d != null && !d.isBlank()) difficulties.add(d);
        });
        return new Facets(List.copyOf(tags), List.copyOf(difficulties));
    }

    /** Which of the problems the user has an Accepted submission for (practice or contest), in one query. */
    public Set<Long> solvedBy(long userId, Collection<Long> problemIds) {
        if (problemIds.isEmpty()) return Set.of();
        List<Object> params = new ArrayList<>();
        params.add(userId);
        params.addAll(problemIds);
        return Set.copyOf(db.sql("SELECT DISTINCT problem_id FROM submissions WHERE user_id = ? AND verdict = 'AC' "
                        + "AND problem_id IN ("
                        + String.join(", ", Collections.nCopies(problemIds.size(), "?")) + ")")
                .params(params).query(Long.class).list());
    }

    public Optional<StoredProblem> bySlug(String slug) {
        return db.sql("SELECT * FROM problems WHERE slug = ?").param(slug).query(ROW).optional();
    }

    /**
     * Adds the problem, or points an existing slug at its new package; returns the id. {@code maxScore}: what a
     * scoring problem gives a submission that passes every test (null for a pass-fail problem).
     */
    public long save(String slug, String name, String difficulty, List<String> tags, Path packageDir, Double maxScore) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Optional<StoredProblem> existing = bySlug(slug);
        if (existing.isPresent()) {
            db.sql("UPDATE problems SET name = ?, difficulty = ?, tags = ?, package_dir = ?, imported_at = ?, "
                            + "max_score = ? WHERE id = ?")
                    .params(name, difficulty, String.join(",", tags), packageDir.toString(), now, maxScore,
                            existing.get().id())
                    .update();
            return existing.get().id();
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        db.sql("INSERT INTO problems (slug, name, difficulty, tags, package_dir, imported_at, max_score) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(slug, name, difficulty, String.join(",", tags), packageDir.toString(), now, maxScore)
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    /**
     * Records a scoring package's full score for a problem stored before it was kept (a no-op once it has one, so a
     * start-up writes nothing for problems imported since).
     */
    public void recordMaxScoreIfMissing(long id, double maxScore) {
        db.sql("UPDATE problems SET max_score = ? WHERE id = ? AND max_score IS NULL").params(maxScore, id).update();
    }

    private static List<String> tags(String joined) {
        if (joined == null || joined.isBlank()) return List.of();
        return Arrays.stream(joined.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
