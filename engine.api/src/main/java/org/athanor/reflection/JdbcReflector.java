package org.athanor.reflection;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.athanor.dialect.Dialect;
import org.athanor.sql.compiler.IdentifierPreparer;
import org.athanor.sql.schema.ReferentialAction;
import org.athanor.sql.types.SqlType;

/**
 * The kit's reflector: reads schema descriptions through {@code java.sql.DatabaseMetaData}. Where the
 * database keeps databases as JDBC catalogs rather than schemas (MySQL, MariaDB), Athanor's "schema" is the
 * catalog. Names are normalized with the dialect's {@link IdentifierPreparer}. JDBC metadata cannot tell a
 * unique constraint from a unique index, so this reflector reports unique indexes as indexes and no unique
 * constraints; dialects that can tell override {@link #uniqueConstraints} and {@link #indexes}.
 *
 * <p>Thread-safe: it holds no state besides the dialect.
 */
public class JdbcReflector implements Reflector {
    /** The dialect reflected for. */
    protected final Dialect dialect;

    /**
     * Creates the reflector.
     *
     * @param dialect the dialect
     */
    public JdbcReflector(Dialect dialect) {
        this.dialect = dialect;
    }

    /** @return the dialect's identifier preparer, for name normalization */
    protected IdentifierPreparer preparer() {
        return dialect.identifierPreparer();
    }

    /**
     * Tells whether the driver calls databases catalogs (MySQL) rather than schemas.
     *
     * @param md the metadata
     * @return whether catalogs stand for schemas
     * @throws SQLException if the driver fails
     */
    protected boolean catalogsAsSchemas(DatabaseMetaData md) throws SQLException {
        return !md.supportsSchemasInTableDefinitions() && md.supportsCatalogsInTableDefinitions();
    }

    /** The catalog and schema arguments of a DatabaseMetaData call for an Athanor schema. */
    private record Scope(String catalog, String schema) {
    }

    private Scope scope(Connection c, String schema) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String s = schema == null ? null : preparer().denormalizeName(schema);
        if (catalogsAsSchemas(md)) {
            return new Scope(s == null ? c.getCatalog() : s, null);
        }
        return new Scope(c.getCatalog(), s == null ? safeSchema(c) : s);
    }

    private static String safeSchema(Connection c) {
        try {
            return c.getSchema();
        } catch (SQLException | AbstractMethodError e) {
            return null;
        }
    }

    /**
     * Converts a name from the catalog to Athanor's form.
     *
     * @param name the catalog's name
     * @return the normalized name
     */
    protected String normalize(String name) {
        return preparer().normalizeName(name);
    }

    /**
     * Converts an Athanor name to the catalog's form.
     *
     * @param name the name
     * @return the catalog's name
     */
    protected String denormalize(String name) {
        return preparer().denormalizeName(name);
    }

    @Override
    public List<String> schemaNames(Connection connection) throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        List<String> out = new ArrayList<>();
        try (ResultSet rs = catalogsAsSchemas(md) ? md.getCatalogs() : md.getSchemas()) {
            while (rs.next()) {
                out.add(normalize(rs.getString(1)));
            }
        }
        Collections.sort(out);
        return out;
    }

    @Override
    public String defaultSchemaName(Connection connection) throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        return normalize(catalogsAsSchemas(md) ? connection.getCatalog() : safeSchema(connection));
    }

    @Override
    public List<String> tableNames(Connection connection, String schema) throws SQLException {
        return names(connection, schema, "TABLE");
    }

    @Override
    public List<String> viewNames(Connection connection, String schema) throws SQLException {
        return names(connection, schema, "VIEW");
    }

    private List<String> names(Connection c, String schema, String type) throws SQLException {
        Scope sc = scope(c, schema);
        List<String> out = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(sc.catalog(), sc.schema(), "%", new String[] {type})) {
            while (rs.next()) {
                out.add(normalize(rs.getString("TABLE_NAME")));
            }
        }
        Collections.sort(out);
        return out;
    }

    @Override
    public List<ReflectedColumn> columns(Connection connection, String table, String schema) throws SQLException {
        Scope sc = scope(connection, schema);
        TreeMap<Integer, ReflectedColumn> byPosition = new TreeMap<>();
        int fallback = 100_000;
        try (ResultSet rs = connection.getMetaData().getColumns(sc.catalog(), sc.schema(), escape(connection,
                denormalize(table)), "%")) {
            while (rs.next()) {
                if (!denormalize(table).equals(rs.getString("TABLE_NAME"))) {
                    continue;
                }
                int size = rs.getInt("COLUMN_SIZE");
                Integer sizeOrNull = rs.wasNull() ? null : size;
                int digits = rs.getInt("DECIMAL_DIGITS");
                Integer digitsOrNull = rs.wasNull() ? null : digits;
                SqlType<?> type = dialect.typeCompiler().reflectedType(rs.getInt("DATA_TYPE"),
                        rs.getString("TYPE_NAME"), sizeOrNull, digitsOrNull);
                boolean nullable = rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls;
                String def = rs.getString("COLUMN_DEF");
                if (def != null && def.trim().equalsIgnoreCase("NULL")) {
                    def = null;    // MariaDB reports the absence of a default as the text NULL
                }
                String auto = optional(rs, "IS_AUTOINCREMENT");
                String remarks = rs.getString("REMARKS");
                int pos = rs.getInt("ORDINAL_POSITION");
                byPosition.put(rs.wasNull() ? fallback++ : pos, new ReflectedColumn(
                        normalize(rs.getString("COLUMN_NAME")), type, nullable, def, "YES".equalsIgnoreCase(auto),
                        remarks == null || remarks.isEmpty() ? null : remarks));
            }
        }
        return new ArrayList<>(byPosition.values());
    }

    private static String optional(ResultSet rs, String column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            return null;
        }
    }

    private static String escape(Connection c, String name) throws SQLException {
        String esc = c.getMetaData().getSearchStringEscape();
        if (esc == null || esc.isEmpty()) {
            return name;
        }
        return name.replace(esc, esc + esc).replace("_", esc + "_").replace("%", esc + "%");
    }

    @Override
    public ReflectedPrimaryKey primaryKey(Connection connection, String table, String schema) throws SQLException {
        Scope sc = scope(connection, schema);
        TreeMap<Integer, String> cols = new TreeMap<>();
        String name = null;
        try (ResultSet rs = connection.getMetaData().getPrimaryKeys(sc.catalog(), sc.schema(), denormalize(table))) {
            while (rs.next()) {
                cols.put(rs.getInt("KEY_SEQ"), normalize(rs.getString("COLUMN_NAME")));
                name = rs.getString("PK_NAME");
            }
        }
        return new ReflectedPrimaryKey(normalize(name), new ArrayList<>(cols.values()));
    }

    @Override
    public List<ReflectedForeignKey> foreignKeys(Connection connection, String table, String schema)
            throws SQLException {
        Scope sc = scope(connection, schema);
        Map<String, List<String[]>> groups = new LinkedHashMap<>();
        Map<String, String[]> heads = new LinkedHashMap<>();
        int unnamed = 0;
        String current = null;
        try (ResultSet rs = connection.getMetaData().getImportedKeys(sc.catalog(), sc.schema(), denormalize(table))) {
            while (rs.next()) {
                String fkName = rs.getString("FK_NAME");
                int seq = rs.getInt("KEY_SEQ");
                String key = fkName != null ? fkName : seq == 1 ? "#" + unnamed++ : current;
                current = key;
                String refSchema = rs.getString(catalogsAsSchemas(connection.getMetaData()) ? "PKTABLE_CAT"
                        : "PKTABLE_SCHEM");
                heads.putIfAbsent(key, new String[] {fkName, refSchema, rs.getString("PKTABLE_NAME"),
                        String.valueOf(rs.getInt("UPDATE_RULE")), String.valueOf(rs.getInt("DELETE_RULE"))});
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new String[] {String.valueOf(seq),
                        rs.getString("FKCOLUMN_NAME"), rs.getString("PKCOLUMN_NAME")});
            }
        }
        String ownSchema = sc.catalog() != null && catalogsAsSchemas(connection.getMetaData()) ? sc.catalog()
                : sc.schema();
        List<ReflectedForeignKey> out = new ArrayList<>();
        for (Map.Entry<String, List<String[]>> e : groups.entrySet()) {
            List<String[]> rows = e.getValue();
            rows.sort((a, b) -> Integer.compare(Integer.parseInt(a[0]), Integer.parseInt(b[0])));
            List<String> cols = new ArrayList<>();
            List<String> refs = new ArrayList<>();
            for (String[] r : rows) {
                cols.add(normalize(r[1]));
                refs.add(normalize(r[2]));
            }
            String[] h = heads.get(e.getKey());
            String refSchema = h[1] == null || h[1].equals(ownSchema) ? null : normalize(h[1]);
            out.add(new ReflectedForeignKey(normalize(h[0]), cols, refSchema, normalize(h[2]), refs,
                    action(Integer.parseInt(h[4])), action(Integer.parseInt(h[3]))));
        }
        return out;
    }

    /**
     * Maps a JDBC referential rule code to an action; NO ACTION (the default) maps to {@code null}.
     *
     * @param rule the {@code DatabaseMetaData.importedKey...} code
     * @return the action, or {@code null}
     */
    protected static ReferentialAction action(int rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> ReferentialAction.CASCADE;
            case DatabaseMetaData.importedKeySetNull -> ReferentialAction.SET_NULL;
            case DatabaseMetaData.importedKeySetDefault -> ReferentialAction.SET_DEFAULT;
            case DatabaseMetaData.importedKeyRestrict -> ReferentialAction.RESTRICT;
            default -> null;
        };
    }

    @Override
    public List<ReflectedIndex> indexes(Connection connection, String table, String schema) throws SQLException {
        Scope sc = scope(connection, schema);
        Map<String, TreeMap<Integer, String>> cols = new LinkedHashMap<>();
        Map<String, Boolean> unique = new LinkedHashMap<>();
        try (ResultSet rs = connection.getMetaData().getIndexInfo(sc.catalog(), sc.schema(), denormalize(table),
                false, true)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name == null || rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
                    continue;
                }
                cols.computeIfAbsent(name, k -> new TreeMap<>()).put((int) rs.getShort("ORDINAL_POSITION"),
                        normalize(rs.getString("COLUMN_NAME")));
                unique.put(name, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        ReflectedPrimaryKey pk = primaryKey(connection, table, schema);
        List<String> constraintNames = new ArrayList<>();
        for (ReflectedUniqueConstraint u : uniqueConstraints(connection, table, schema)) {
            constraintNames.add(u.name());
        }
        List<ReflectedIndex> out = new ArrayList<>();
        for (Map.Entry<String, TreeMap<Integer, String>> e : cols.entrySet()) {
            String name = normalize(e.getKey());
            List<String> c = new ArrayList<>(e.getValue().values());
            boolean isPk = name.equals(pk.name()) || unique.get(e.getKey()) && c.equals(pk.columns())
                    || e.getKey().equalsIgnoreCase("PRIMARY");
            if (!isPk && !constraintNames.contains(name)) {
                out.add(new ReflectedIndex(name, c, unique.get(e.getKey())));
            }
        }
        return out;
    }

    @Override
    public List<ReflectedUniqueConstraint> uniqueConstraints(Connection connection, String table, String schema)
            throws SQLException {
        return List.of();
    }

    /**
     * Reads unique constraints with a catalog query of two result columns (constraint name, column name) in
     * constraint and column order, whose two parameters are the table name and the schema (or
     * {@code null} for the default one), for dialects whose catalogs list constraints.
     *
     * @param connection the driver connection
     * @param query the query
     * @param table the table
     * @param schema the schema, or {@code null}
     * @return the constraints
     * @throws SQLException if the driver fails
     */
    protected List<ReflectedUniqueConstraint> uniqueConstraintsByQuery(Connection connection, String query,
            String table, String schema) throws SQLException {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        try (java.sql.PreparedStatement ps = connection.prepareStatement(query)) {
            ps.setString(1, denormalize(table));
            ps.setString(2, schema == null ? null : denormalize(schema));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byName.computeIfAbsent(normalize(rs.getString(1)), k -> new ArrayList<>())
                            .add(normalize(rs.getString(2)));
                }
            }
        }
        List<ReflectedUniqueConstraint> out = new ArrayList<>();
        byName.forEach((name, cols) -> out.add(new ReflectedUniqueConstraint(name, cols)));
        return out;
    }

    @Override
    public String tableComment(Connection connection, String table, String schema) throws SQLException {
        Scope sc = scope(connection, schema);
        try (ResultSet rs = connection.getMetaData().getTables(sc.catalog(), sc.schema(), escape(connection,
                denormalize(table)), null)) {
            while (rs.next()) {
                if (denormalize(table).equals(rs.getString("TABLE_NAME"))) {
                    String r = rs.getString("REMARKS");
                    return r == null || r.isEmpty() ? null : r;
                }
            }
        }
        return null;
    }

    @Override
    public boolean hasTable(Connection connection, String table, String schema) throws SQLException {
        Scope sc = scope(connection, schema);
        try (ResultSet rs = connection.getMetaData().getTables(sc.catalog(), sc.schema(), escape(connection,
                denormalize(table)), new String[] {"TABLE", "VIEW"})) {
            while (rs.next()) {
                if (denormalize(table).equals(rs.getString("TABLE_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public boolean hasSequence(Connection connection, String sequence, String schema) throws SQLException {
        Scope sc = scope(connection, schema);
        try (ResultSet rs = connection.getMetaData().getTables(sc.catalog(), sc.schema(), escape(connection,
                denormalize(sequence)), new String[] {"SEQUENCE"})) {
            return rs.next();
        }
    }
}
