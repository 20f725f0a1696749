package org.athanor.engine.impl.shell;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;

/**
 * A {@link SchemaView} through the driver's {@link DatabaseMetaData}: tables and views of every schema, columns
 * with their type, nullability, default and primary-key position.
 *
 * <p>Thread-safe: each call checks a connection out of the engine's pool and returns it.
 */
final class JdbcSchemaView implements SchemaView {
    private static final String[] TYPES = {"TABLE", "VIEW"};

    private final Engine engine;

    JdbcSchemaView(Engine engine) {
        this.engine = engine;
    }

    @Override
    public List<Table> tables() {
        return withMetaData(md -> {
            List<Table> tables = new ArrayList<>();
            try (ResultSet rs = md.getTables(null, null, "%", TYPES)) {
                while (rs.next()) {
                    tables.add(new Table(rs.getString("TABLE_SCHEM"), rs.getString("TABLE_NAME"),
                            rs.getString("TABLE_TYPE")));
                }
            }
            tables.sort(Comparator.comparing((Table t) -> Objects.toString(t.schema(), ""))
                    .thenComparing(Table::name));
            return tables;
        });
    }

    @Override
    public List<Column> columns(String table) {
        return withMetaData(md -> {
            Table found = find(md, table);
            if (found == null) {
                throw new ShellException("No table or view '" + table + "'; engine:tables lists them.");
            }
            Map<String, Integer> keys = new HashMap<>();
            try (ResultSet rs = md.getPrimaryKeys(null, found.schema(), found.name())) {
                while (rs.next()) {
                    keys.put(rs.getString("COLUMN_NAME"), rs.getInt("KEY_SEQ"));
                }
            }
            List<Column> columns = new ArrayList<>();
            try (ResultSet rs = md.getColumns(null, found.schema(), found.name(), "%")) {
                while (rs.next()) {
                    String name = rs.getString("COLUMN_NAME");
                    columns.add(new Column(name, type(rs), rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                            rs.getString("COLUMN_DEF"), keys.getOrDefault(name, 0)));
                }
            }
            return columns;
        });
    }

    private static String type(ResultSet rs) throws SQLException {
        String type = rs.getString("TYPE_NAME");
        int size = rs.getInt("COLUMN_SIZE");
        boolean sized = !rs.wasNull() && size > 0 && !type.contains("(")
                && type.toUpperCase(Locale.ROOT).matches(".*(CHAR|BINARY|DECIMAL|NUMERIC|NUMBER).*");
        return sized ? type + "(" + size + ")" : type;
    }

    /** The table as given, or with another case, or {@code schema.table}; {@code null} if none. */
    private static Table find(DatabaseMetaData md, String given) throws SQLException {
        int dot = given.lastIndexOf('.');
        String schema = dot > 0 ? given.substring(0, dot) : null;
        String name = dot > 0 ? given.substring(dot + 1) : given;
        Set<String> spellings = new LinkedHashSet<>(List.of(name, name.toUpperCase(Locale.ROOT),
                name.toLowerCase(Locale.ROOT)));
        for (String candidate : spellings) {
            try (ResultSet rs = md.getTables(null, schema, candidate.replace("_", "\\_"), TYPES)) {
                while (rs.next()) {
                    if (rs.getString("TABLE_NAME").equals(candidate)) {
                        return new Table(rs.getString("TABLE_SCHEM"), candidate, rs.getString("TABLE_TYPE"));
                    }
                }
            }
        }
        return null;
    }

    private <T> T withMetaData(MetaDataWork<T> work) {
        try (Connection connection = engine.connect()) {
            return work.apply(connection.driverConnection().getMetaData());
        } catch (SQLException e) {
            throw new ShellException("Reading the schema failed: " + e.getMessage());
        }
    }

    /** Work on the driver's metadata. */
    @FunctionalInterface
    private interface MetaDataWork<T> {
        T apply(DatabaseMetaData md) throws SQLException;
    }
}
