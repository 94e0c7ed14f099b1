package dev.gavel.server.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** One JDBC batch of INSERTs into a table with a generated {@code id}, giving back the ids in the items' order. */
public final class BatchInsert {

    /** Sets one item's parameters on the statement. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement ps, T item) throws SQLException;
    }

    private BatchInsert() {
    }

    /** Runs {@code sql} (one INSERT) once per item in one batch; returns the generated ids, in order. */
    public static <T> List<Long> ids(JdbcTemplate jdbc, String sql, List<T> items, Binder<T> binder) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(c -> c.prepareStatement(sql, new String[] {"id"}), new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                binder.bind(ps, items.get(i));
            }

            @Override
            public int getBatchSize() {
                return items.size();
            }
        }, keys);
        return keys.getKeyList().stream().map(k -> ((Number) k.get("id")).longValue()).toList();
    }
}
