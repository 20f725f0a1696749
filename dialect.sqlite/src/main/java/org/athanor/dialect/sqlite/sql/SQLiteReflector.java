package org.athanor.dialect.sqlite.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.athanor.dialect.Dialect;
import org.athanor.reflection.JdbcReflector;
import org.athanor.reflection.ReflectedColumn;
import org.athanor.reflection.ReflectedForeignKey;
import org.athanor.reflection.ReflectedIndex;
import org.athanor.reflection.ReflectedPrimaryKey;
import org.athanor.reflection.ReflectedUniqueConstraint;
import org.athanor.sql.schema.ReferentialAction;
import org.athanor.sql.types.SqlType;

/**
 * Reflects SQLite schemas through {@code sqlite_master} and the {@code table_info},
 * {@code foreign_key_list}, {@code index_list} and {@code index_info} PRAGMAs, because sqlite-jdbc's
 * {@code DatabaseMetaData} reports too little (types, autoincrement, unique constraints). Names given to
 * the PRAGMAs are always quoted, so a table name cannot inject SQL. A schema is an attached database
 * ({@code main} by default). Constraint names SQLite does not keep are recovered from the table's CREATE
 * statement where it names them.
 *
 * <p>Thread-safe: it holds no state besides the dialect.
 */
public class SQLiteReflector extends JdbcReflector {
    private static final Pattern NAMED_UNIQUE = Pattern.compile(
            "CONSTRAINT\\s+(\"(?:[^\"]|\"\")+\"|\\w+)\\s+UNIQUE\\s*\\(([^)]*)\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED_PK = Pattern.compile(
            "CONSTRAINT\\s+(\"(?:[^\"]|\"\")+\"|\\w+)\\s+PRIMARY\\s+KEY", Pattern.CASE_INSENSITIVE);

    /**
     * Creates the reflector.
     *
     * @param dialect the dialect
     */
    public SQLiteReflector(Dialect dialect) {
        super(dialect);
    }

    private String schema(String schema) {
        return preparer().quoteAlways(schema == null ? "main" : schema);
    }

    private String master(String schema) {
        return "temp".equalsIgnoreCase(schema) ? "sqlite_temp_master" : schema(schema) + ".sqlite_master";
    }

    private String pragma(String schema, String pragma, String argument) {
        return "PRAGMA " + schema(schema) + "." + pragma + "(" + preparer().quoteAlways(argument) + ")";
    }

    @Override
    public List<String> schemaNames(Connection connection) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA database_list")) {
            while (rs.next()) {
                out.add(rs.getString("name"));
            }
        }
        return out;
    }

    @Override
    public String defaultSchemaName(Connection connection) {
        return "main";
    }

    @Override
    public List<String> tableNames(Connection connection, String schema) throws SQLException {
        return names(connection, schema, "table");
    }

    @Override
    public List<String> viewNames(Connection connection, String schema) throws SQLException {
        return names(connection, schema, "view");
    }

    private List<String> names(Connection c, String schema, String type) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM " + master(schema)
                + " WHERE type = ? AND name NOT LIKE 'sqlite~_%' ESCAPE '~' ORDER BY name")) {
            ps.setString(1, type);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private String createSql(Connection c, String table, String schema) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT sql FROM " + master(schema) + " WHERE name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getString(1) != null ? rs.getString(1) : "";
            }
        }
    }

    @Override
    public boolean hasTable(Connection connection, String table, String schema) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM " + master(schema)
                + " WHERE type IN ('table', 'view') AND name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public boolean hasSequence(Connection connection, String sequence, String schema) {
        return false;
    }

    @Override
    public List<ReflectedColumn> columns(Connection connection, String table, String schema) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        int pkCount = 0;
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(pragma(schema, "table_info", table))) {
            while (rs.next()) {
                String[] r = {rs.getString("name"), rs.getString("type"), rs.getString("notnull"),
                        rs.getString("dflt_value"), rs.getString("pk")};
                rows.add(r);
                if (!"0".equals(r[4])) {
                    pkCount++;
                }
            }
        }
        List<ReflectedColumn> out = new ArrayList<>();
        for (String[] r : rows) {
            boolean rowid = pkCount == 1 && !"0".equals(r[4]) && r[1] != null
                    && r[1].trim().equalsIgnoreCase("INTEGER");
            SqlType<?> type = dialect.typeCompiler().typeFromName(r[1]);
            boolean nullable = !"1".equals(r[2]) && !rowid;
            out.add(new ReflectedColumn(r[0], type, nullable, r[3], rowid, null));
        }
        return out;
    }

    @Override
    public ReflectedPrimaryKey primaryKey(Connection connection, String table, String schema) throws SQLException {
        TreeMap<Integer, String> cols = new TreeMap<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(pragma(schema, "table_info", table))) {
            while (rs.next()) {
                int pk = rs.getInt("pk");
                if (pk > 0) {
                    cols.put(pk, rs.getString("name"));
                }
            }
        }
        String name = null;
        Matcher m = NAMED_PK.matcher(createSql(connection, table, schema));
        if (m.find()) {
            name = unquote(m.group(1));
        }
        return new ReflectedPrimaryKey(name, new ArrayList<>(cols.values()));
    }

    @Override
    public List<ReflectedForeignKey> foreignKeys(Connection connection, String table, String schema)
            throws SQLException {
        Map<Integer, List<String[]>> groups = new LinkedHashMap<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(pragma(schema, "foreign_key_list", table))) {
            while (rs.next()) {
                groups.computeIfAbsent(rs.getInt("id"), k -> new ArrayList<>()).add(new String[] {
                        rs.getString("seq"), rs.getString("table"), rs.getString("from"), rs.getString("to"),
                        rs.getString("on_update"), rs.getString("on_delete")});
            }
        }
        List<ReflectedForeignKey> out = new ArrayList<>();
        List<Integer> ids = new ArrayList<>(groups.keySet());
        java.util.Collections.sort(ids, java.util.Collections.reverseOrder());
        for (Integer id : ids) {
            List<String[]> rows = groups.get(id);
            rows.sort((a, b) -> Integer.compare(Integer.parseInt(a[0]), Integer.parseInt(b[0])));
            List<String> from = new ArrayList<>();
            List<String> to = new ArrayList<>();
            String target = rows.get(0)[1];
            for (String[] r : rows) {
                from.add(r[2]);
                to.add(r[3]);
            }
            if (to.contains(null)) {
                to = primaryKey(connection, target, schema).columns();
            }
            out.add(new ReflectedForeignKey(null, from, null, target, to, action(rows.get(0)[5]),
                    action(rows.get(0)[4])));
        }
        return out;
    }

    private static ReferentialAction action(String text) {
        ReferentialAction a = ReferentialAction.parse(text);
        return a == ReferentialAction.NO_ACTION ? null : a;
    }

    @Override
    public List<ReflectedIndex> indexes(Connection connection, String table, String schema) throws SQLException {
        List<ReflectedIndex> out = new ArrayList<>();
        for (String[] ix : indexList(connection, table, schema)) {
            if ("c".equals(ix[2])) {
                out.add(new ReflectedIndex(ix[0], indexColumns(connection, ix[0], schema), "1".equals(ix[1])));
            }
        }
        return out;
    }

    @Override
    public List<ReflectedUniqueConstraint> uniqueConstraints(Connection connection, String table, String schema)
            throws SQLException {
        Map<String, String> named = new LinkedHashMap<>();
        Matcher m = NAMED_UNIQUE.matcher(createSql(connection, table, schema));
        while (m.find()) {
            named.put(normalizeList(m.group(2)), unquote(m.group(1)));
        }
        List<ReflectedUniqueConstraint> out = new ArrayList<>();
        List<String[]> list = indexList(connection, table, schema);
        java.util.Collections.reverse(list);
        for (String[] ix : list) {
            if ("u".equals(ix[2])) {
                List<String> cols = indexColumns(connection, ix[0], schema);
                out.add(new ReflectedUniqueConstraint(named.get(normalizeList(String.join(",", cols))), cols));
            }
        }
        return out;
    }

    private List<String[]> indexList(Connection c, String table, String schema) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(pragma(schema, "index_list", table))) {
            while (rs.next()) {
                out.add(new String[] {rs.getString("name"), rs.getString("unique"), rs.getString("origin")});
            }
        }
        return out;
    }

    private List<String> indexColumns(Connection c, String index, String schema) throws SQLException {
        TreeMap<Integer, String> cols = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(pragma(schema, "index_info", index))) {
            while (rs.next()) {
                cols.put(rs.getInt("seqno"), rs.getString("name"));
            }
        }
        return new ArrayList<>(cols.values());
    }

    @Override
    public String tableComment(Connection connection, String table, String schema) {
        return null;
    }

    private static String unquote(String name) {
        return name.startsWith("\"") ? name.substring(1, name.length() - 1).replace("\"\"", "\"") : name;
    }

    private static String normalizeList(String columns) {
        List<String> out = new ArrayList<>();
        for (String c : columns.split(",")) {
            out.add(unquote(c.trim()).toLowerCase(Locale.ROOT));
        }
        return String.join(",", out);
    }
}
