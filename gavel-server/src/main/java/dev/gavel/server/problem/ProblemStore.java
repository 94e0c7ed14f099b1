package dev.gavel.server.problem;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /** A page of the problems, leaving out those with the given ids. */
    public List<StoredProblem> page(int offset, int limit, Set<Long> without) {
        List<Object> params = new ArrayList<>(without);
        params.add(offset);
        params.add(limit);
        return db.sql("SELECT * FROM problems" + notIn(without) + " ORDER BY id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(params).query(ROW).list();
    }

    public long count(Set<Long> without) {
        return db.sql("SELECT COUNT(*) FROM problems" + notIn(without)).params(new ArrayList<>(without))
                .query(Long.class).single();
    }

    private static String notIn(Set<Long> ids) {
        return ids.isEmpty() ? "" : " WHERE id NOT IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
    }

    public Optional<StoredProblem> bySlug(String slug) {
        return db.sql("SELECT * FROM problems WHERE slug = ?").param(slug).query(ROW).optional();
    }

    /** Adds the problem, or points an existing slug at its new package; returns the id. */
    public long save(String slug, String name, String difficulty, List<String> tags, Path packageDir) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Optional<StoredProblem> existing = bySlug(slug);
        if (existing.isPresent()) {
            db.sql("UPDATE problems SET name = ?, difficulty = ?, tags = ?, package_dir = ?, imported_at = ? "
                            + "WHERE id = ?")
                    .params(name, difficulty, String.join(",", tags), packageDir.toString(), now, existing.get().id())
                    .update();
            return existing.get().id();
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        db.sql("INSERT INTO problems (slug, name, difficulty, tags, package_dir, imported_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(slug, name, difficulty, String.join(",", tags), packageDir.toString(), now)
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    private static List<String> tags(String joined) {
        if (joined == null || joined.isBlank()) return List.of();
        return Arrays.stream(joined.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
