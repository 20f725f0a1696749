package org.athanor.dialect.postgresql.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.athanor.dialect.Dialect;
import org.athanor.reflection.JdbcReflector;
import org.athanor.reflection.ReflectedColumn;
import org.athanor.reflection.ReflectedUniqueConstraint;
import org.athanor.sql.types.NullType;
import org.athanor.sql.types.SqlType;
import org.athanor.sql.types.TypeKind;

/**
 * PostgreSQL's reflector: {@code DatabaseMetaData} for everything but unique constraints, which it reads from
 * {@code pg_constraint} so that they are reported as constraints and their backing indexes are not reported
 * again as indexes; and array columns, whose element type (with its length or precision, which the driver's
 * metadata leaves out) it reads as {@code format_type} spells it, such as {@code character varying(20)[]}.
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
    private static final String ARRAY_TYPES = "SELECT a.attname, format_type(a.atttypid, a.atttypmod)"
            + " FROM pg_attribute a JOIN pg_class t ON t.oid = a.attrelid"
            + " JOIN pg_namespace n ON n.oid = t.relnamespace JOIN pg_type ty ON ty.oid = a.atttypid"
            + " WHERE ty.typcategory = 'A' AND a.attnum > 0 AND NOT a.attisdropped"
            + " AND t.relname = ? AND n.nspname = coalesce(?, current_schema())";

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

    /** The driver's columns, with array types read again from the catalog for their element's details. */
    @Override
    public List<ReflectedColumn> columns(Connection connection, String table, String schema) throws SQLException {
        List<ReflectedColumn> columns = super.columns(connection, table, schema);
        if (columns.stream().noneMatch(PostgreSQLReflector::mayBeArray)) {
            return columns;
        }
        Map<String, String> declared = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(ARRAY_TYPES)) {
            ps.setString(1, denormalize(table));
            ps.setString(2, schema == null ? null : denormalize(schema));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    declared.put(normalize(rs.getString(1)), rs.getString(2));
                }
            }
        }
        List<ReflectedColumn> out = new ArrayList<>(columns.size());
        for (ReflectedColumn c : columns) {
            String d = declared.get(c.name());
            SqlType<?> type = d == null ? c.type() : dialect.typeCompiler().typeFromName(d);
            out.add(new ReflectedColumn(c.name(), type, c.nullable(), c.defaultSql(), c.autoincrement(),
                    c.comment()));
        }
        return out;
    }

    private static boolean mayBeArray(ReflectedColumn c) {
        return c.type().kind() == TypeKind.ARRAY || c.type() instanceof NullType n && n.name() != null
                && n.name().startsWith("_");
    }
}
