package org.athanor.dialect.postgresql.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.athanor.dialect.Dialect;
import org.athanor.reflection.JdbcReflector;
import org.athanor.reflection.ReflectedUniqueConstraint;

/**
 * PostgreSQL's reflector: {@code DatabaseMetaData} for everything but unique constraints, which it reads from
 * {@code pg_constraint} so that they are reported as constraints and their backing indexes are not reported
 * again as indexes.
 *
 * <p>Thread-safe: it holds no state besides the dialect.
 */
public class PostgreSQLReflector extends JdbcReflector {
    private static final String UNIQUES = "SELECT c.conname, a.attname FROM pg_constraint c"
            + " JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace"
            + " CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)"
            + " JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum"
            + " WHERE c.contype = 'u' AND t.relname = ? AND n.nspname = coalesce(?, current_schema())"
            + " ORDER BY c.conname, k.ord";

    /**
     * Creates the reflector.
     *
     * @param dialect the dialect
     */
    public PostgreSQLReflector(Dialect dialect) {
        super(dialect);
    }

    @Override
    public List<ReflectedUniqueConstraint> uniqueConstraints(Connection connection, String table, String schema)
            throws SQLException {
        return uniqueConstraintsByQuery(connection, UNIQUES, table, schema);
    }
}
