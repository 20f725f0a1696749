package org.athanor.dialect.mysql.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.athanor.dialect.Dialect;
import org.athanor.reflection.JdbcReflector;
import org.athanor.reflection.ReflectedForeignKey;
import org.athanor.reflection.ReflectedIndex;
import org.athanor.reflection.ReflectedUniqueConstraint;
import org.athanor.sql.schema.ReferentialAction;

/**
 * The reflector of MySQL and MariaDB: {@code DatabaseMetaData} (where a database is a catalog) for everything
 * but unique constraints, read from {@code information_schema} so that they are not also reported as
 * indexes; the indexes InnoDB adds for foreign keys are not reported either.
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

    /**
     * Reports foreign keys, with RESTRICT (which MySQL reports for a key declared without an action, and which
     * behaves as NO ACTION there) as the default, {@code null}.
     */
    @Override
    public List<ReflectedForeignKey> foreignKeys(Connection connection, String table, String schema)
            throws SQLException {
        List<ReflectedForeignKey> out = new ArrayList<>();
        for (ReflectedForeignKey fk : super.foreignKeys(connection, table, schema)) {
            out.add(new ReflectedForeignKey(fk.name(), fk.columns(), fk.referredSchema(), fk.referredTable(),
                    fk.referredColumns(), noRestrict(fk.onDelete()), noRestrict(fk.onUpdate())));
        }
        return out;
    }

    private static ReferentialAction noRestrict(ReferentialAction a) {
        return a == ReferentialAction.RESTRICT ? null : a;
    }

    /** Leaves out the index InnoDB creates for a foreign key (it has the key's name and columns). */
    @Override
    public List<ReflectedIndex> indexes(Connection connection, String table, String schema) throws SQLException {
        List<ReflectedIndex> out = new ArrayList<>(super.indexes(connection, table, schema));
        for (ReflectedForeignKey fk : foreignKeys(connection, table, schema)) {
            out.removeIf(ix -> !ix.unique() && (ix.name().equals(fk.name()) || ix.name().equals(fk.columns().get(0)))
                    && ix.columns().equals(fk.columns()));
        }
        return out;
    }

    @Override
    public List<ReflectedUniqueConstraint> uniqueConstraints(Connection connection, String table, String schema)
            throws SQLException {
        return uniqueConstraintsByQuery(connection, UNIQUES, table, schema);
    }
}
