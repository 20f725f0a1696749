package org.athanor.dialect.mysql.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.athanor.dialect.Dialect;
import org.athanor.reflection.JdbcReflector;
import org.athanor.reflection.ReflectedUniqueConstraint;

/**
 * The reflector of MySQL and MariaDB: {@code DatabaseMetaData} (where a database is a catalog) for everything
 * but unique constraints, read from {@code information_schema} so that they are not also reported as
 * indexes.
 *
 * <p>Thread-safe: it holds no state besides the dialect.
 */
public class MySQLReflector extends JdbcReflector {
    private static final String UNIQUES = "SELECT k.CONSTRAINT_NAME, k.COLUMN_NAME"
            + " FROM information_schema.TABLE_CONSTRAINTS c JOIN information_schema.KEY_COLUMN_USAGE k"
            + " ON k.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = c.CONSTRAINT_NAME"
            + " AND k.TABLE_NAME = c.TABLE_NAME"
            + " WHERE c.CONSTRAINT_TYPE = 'UNIQUE' AND c.TABLE_NAME = ? AND c.TABLE_SCHEMA = coalesce(?, database())"
            + " ORDER BY k.CONSTRAINT_NAME, k.ORDINAL_POSITION";

    /**
     * Creates the reflector.
     *
     * @param dialect the dialect
     */
    public MySQLReflector(Dialect dialect) {
        super(dialect);
    }

    @Override
    public List<ReflectedUniqueConstraint> uniqueConstraints(Connection connection, String table, String schema)
            throws SQLException {
        return uniqueConstraintsByQuery(connection, UNIQUES, table, schema);
    }
}
