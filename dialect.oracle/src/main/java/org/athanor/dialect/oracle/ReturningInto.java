package org.athanor.dialect.oracle;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import oracle.jdbc.OraclePreparedStatement;
import oracle.jdbc.OracleTypes;
import org.athanor.dialect.Capabilities;
import org.athanor.engine.Compiled;
import org.athanor.engine.StatementKind;
import org.athanor.sql.compiler.ReturningOut;
import org.athanor.sql.types.BinaryType;
import org.athanor.sql.types.SqlType;

/**
 * Oracle's {@code RETURNING cols INTO ?, ?} on ojdbc: the compiler binds a {@link ReturningOut} marker to each
 * output placeholder; {@link #register} turns a marker into {@code OraclePreparedStatement.registerReturnParameter}
 * with the SQL type of the returned column, and the statement {@link #wrap wrapped} around the driver's makes the
 * returned values the statement's result: its {@code execute()} runs the DML, reads
 * {@code getReturnResultSet()} (one row per row the DML touched) into memory and answers {@code true}, and its
 * {@code getResultSet()} hands those rows to the engine as an ordinary result set, labelled with the names of
 * the RETURNING list. The values are copied because ojdbc's return result set has no metadata unless it comes
 * from auto-generated keys.
 *
 * <p><b>Not run against an Oracle server</b>: no server was available when this was written. It is tested with
 * a {@link Proxy} standing in for {@code OraclePreparedStatement} ({@code OjdbcDialect_ReturningIntoTest}),
 * which checks the calls made and that the returned values reach the {@code Result}.
 *
 * <p>Stateless and thread-safe; a wrapped statement is used on one thread, like any JDBC statement.
 */
final class ReturningInto {
    private ReturningInto() {
    }

    /**
     * Tells whether a compiled statement is DML that returns rows, so its RETURNING clause has output
     * placeholders.
     *
     * @param compiled the statement
     * @return whether to wrap its prepared statement
     */
    static boolean applies(Compiled compiled) {
        StatementKind kind = compiled.kind();
        return compiled.returnsRows()
                && (kind == StatementKind.INSERT || kind == StatementKind.UPDATE || kind == StatementKind.DELETE);
    }

    /**
     * Wraps a prepared statement so that executing it yields the returned rows as its result set.
     *
     * @param statement the driver's statement
     * @param sql the statement's SQL, from which the RETURNING names are read
     * @param dialect the dialect, whose conversions the copied values go through
     * @return the wrapper
     */
    static PreparedStatement wrap(PreparedStatement statement, String sql, OracleDialect dialect) {
        return (PreparedStatement) Proxy.newProxyInstance(ReturningInto.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, new Handler(statement, sql, dialect));
    }

    /**
     * Registers an output placeholder as a return parameter of the driver's statement.
     *
     * @param statement the statement (wrapped or the driver's)
     * @param index the one-based parameter index
     * @param out the marker the compiler bound there
     * @param capabilities the dialect's capabilities (native booleans and JSON depend on the version)
     * @throws SQLException if the driver refuses
     */
    static void register(PreparedStatement statement, int index, ReturningOut out, Capabilities capabilities)
            throws SQLException {
        statement.unwrap(OraclePreparedStatement.class).registerReturnParameter(index, oracleType(out.type(),
                capabilities));
        if (Proxy.isProxyClass(statement.getClass()) && Proxy.getInvocationHandler(statement) instanceof Handler h) {
            h.registered++;
        }
    }

    /**
     * Chooses the {@link OracleTypes} code to register a returned column of a type with, as the Oracle type
     * compiler declares such columns.
     *
     * @param type the column's type, or {@code null}
     * @param capabilities the dialect's capabilities
     * @return the type code
     */
    static int oracleType(SqlType<?> type, Capabilities capabilities) {
        if (type == null) {
            return OracleTypes.VARCHAR;
        }
        return switch (type.kind()) {
            case INTEGER, NUMERIC, FLOAT -> OracleTypes.NUMBER;
            case BOOLEAN -> capabilities.has(Capabilities.Feature.NATIVE_BOOLEAN) ? OracleTypes.BOOLEAN
                    : OracleTypes.NUMBER;
            case TEXT -> OracleTypes.CLOB;
            case JSON -> capabilities.has(Capabilities.Feature.JSON) ? OracleTypes.JSON : OracleTypes.CLOB;
            case DATE -> OracleTypes.DATE;
            case TIME, DATETIME -> timezone(type) ? OracleTypes.TIMESTAMPTZ : OracleTypes.TIMESTAMP;
            case BINARY -> ((BinaryType) type).length() == null ? OracleTypes.BLOB : OracleTypes.RAW;
            case STRING, UUID, ARRAY, NULL -> OracleTypes.VARCHAR; // Oracle has no ARRAY columns
        };
    }

    private static boolean timezone(SqlType<?> type) {
        return type instanceof org.athanor.sql.types.TemporalType<?> t && t.timezone();
    }

    /**
     * Reads the result names of the RETURNING list the Oracle compiler wrote ({@code RETURNING id, "Name",
     * upper(x) AS "U" INTO ?, ?, ?}): the label after {@code AS}, else the column name; unquoted names in upper
     * case, as Oracle reports them.
     *
     * @param sql the statement
     * @param count how many columns are returned
     * @return the names, {@code COLUMN_n} where the list cannot be read
     */
    static List<String> labels(String sql, int count) {
        List<String> out = new ArrayList<>(count);
        List<String> items = returningItems(sql);
        for (int i = 0; i < count; i++) {
            out.add(i < items.size() ? label(items.get(i).trim()) : "COLUMN_" + (i + 1));
        }
        return out;
    }

    /** Splits the text between the last top-level RETURNING and its INTO at top-level commas. */
    private static List<String> returningItems(String sql) {
        int start = -1;
        int into = -1;
        int depth = 0;
        boolean quoted = false;
        boolean literal = false;
        List<Integer> commas = new ArrayList<>();
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '"' && !literal) {
                quoted = !quoted;
            } else if (c == '\'' && !quoted) {
                literal = !literal;
            } else if (!quoted && !literal) {
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (depth == 0 && sql.startsWith(" RETURNING ", i)) {
                    start = i + " RETURNING ".length();
                    into = -1;
                    commas.clear();
                } else if (depth == 0 && start >= 0 && into < 0 && sql.startsWith(" INTO ", i)) {
                    into = i;
                } else if (depth == 0 && start >= 0 && into < 0 && c == ',') {
                    commas.add(i);
                }
            }
        }
        List<String> items = new ArrayList<>();
        if (start < 0 || into < 0) {
            return items;
        }
        int from = start;
        for (int comma : commas) {
            items.add(sql.substring(from, comma));
            from = comma + 1;
        }
        items.add(sql.substring(from, into));
        return items;
    }

    private static String label(String item) {
        int as = item.toUpperCase(Locale.ROOT).lastIndexOf(" AS ");
        String name = as >= 0 && !item.substring(as).contains(")") ? item.substring(as + 4).trim() : item;
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            return name.substring(1, name.length() - 1).replace("\"\"", "\"");
        }
        return name.toUpperCase(Locale.ROOT);
    }

    /** The wrapper's behaviour: execute reads the returned rows; everything else goes to the driver. */
    private static final class Handler implements InvocationHandler {
        private final PreparedStatement target;
        private final String sql;
        private final OracleDialect dialect;
        /** How many return parameters {@link #register} registered. */
        private int registered;
        private ResultSet returned;

        Handler(PreparedStatement target, String sql, OracleDialect dialect) {
            this.target = target;
            this.sql = sql;
            this.dialect = dialect;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            int arity = args == null ? 0 : args.length;
            if (method.getDeclaringClass() == Object.class) {
                return switch (name) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "ReturningInto[" + target + "]";
                };
            }
            if (arity == 0 && name.equals("execute") && registered > 0) {
                target.execute();
                returned = readReturned();
                return true;
            }
            if (arity == 0 && name.equals("addBatch") && registered > 0) {
                throw new SQLFeatureNotSupportedException("Oracle's RETURNING ... INTO cannot run as a batch of"
                        + " several parameter sets; execute the statement once per row, or leave out returning(...).");
            }
            if (arity == 0 && name.equals("getResultSet") && returned != null) {
                ResultSet rs = returned;
                returned = null;
                return rs;
            }
            if (arity == 0 && name.equals("getUpdateCount") && returned != null) {
                return -1;
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        private ResultSet readReturned() throws SQLException {
            List<String> labels = labels(sql, registered);
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = target.unwrap(OraclePreparedStatement.class).getReturnResultSet()) {
                while (rs != null && rs.next()) {
                    Object[] row = new Object[labels.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = ReturnedRows.copy(dialect, rs, i + 1);
                    }
                    rows.add(row);
                }
            }
            return ReturnedRows.resultSet(labels, rows);
        }
    }
}
