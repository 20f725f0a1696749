package org.athanor.dialect.oracle;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Types;
import java.util.List;

/**
 * The rows an Oracle DML statement returned through {@code RETURNING ... INTO}, copied out of ojdbc's return
 * result set and served as a read-only, forward-only {@link ResultSet} with the RETURNING list's labels: what
 * the engine reads a result from ({@code next}, {@code getObject}, {@code getMetaData} with labels, and
 * {@code close}). Other methods throw {@link SQLFeatureNotSupportedException}.
 *
 * <p>Not thread-safe, like any result set.
 */
final class ReturnedRows implements InvocationHandler {
    private final List<String> labels;
    private final List<Object[]> rows;
    private int position = -1;
    private boolean wasNull;
    private boolean closed;

    private ReturnedRows(List<String> labels, List<Object[]> rows) {
        this.labels = labels;
        this.rows = rows;
    }

    /**
     * Makes the result set.
     *
     * @param labels the column labels
     * @param rows the rows, each with one value per label
     * @return the result set
     */
    static ResultSet resultSet(List<String> labels, List<Object[]> rows) {
        return (ResultSet) Proxy.newProxyInstance(ReturnedRows.class.getClassLoader(), new Class<?>[] {ResultSet.class},
                new ReturnedRows(List.copyOf(labels), List.copyOf(rows)));
    }

    /**
     * Copies one value out of the driver's return result set: numbers as the driver gives them (narrowed when the
     * engine reads them), everything else through the dialect's conversions now, while LOBs and Oracle's own
     * date types can still be read.
     *
     * @param dialect the dialect
     * @param rs the return result set, on a row
     * @param index the one-based column index
     * @return the value to keep
     * @throws SQLException if the driver fails
     */
    static Object copy(OracleDialect dialect, ResultSet rs, int index) throws SQLException {
        Object value = rs.getObject(index);
        return value == null || value instanceof BigDecimal ? value : dialect.convert(rs, index, value);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws SQLException {
        String name = method.getName();
        if (method.getDeclaringClass() == Object.class) {
            return switch (name) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "ReturnedRows" + labels;
            };
        }
        switch (name) {
            case "close" -> {
                closed = true;
                return null;
            }
            case "isClosed" -> {
                return closed;
            }
            case "getMetaData" -> {
                return metaData();
            }
            case "getStatement" -> {
                return null;
            }
            case "isWrapperFor" -> {
                return false;
            }
            default -> {
            }
        }
        if (closed) {
            throw new SQLException("The returned rows are closed.");
        }
        switch (name) {
            case "next" -> {
                position = Math.min(position + 1, rows.size());
                return position < rows.size();
            }
            case "wasNull" -> {
                return wasNull;
            }
            case "findColumn" -> {
                return findColumn((String) args[0]);
            }
            case "getObject", "getString" -> {
                return value(args[0], name.equals("getString") ? String.class : args.length > 1 ? (Class<?>) args[1]
                        : Object.class);
            }
            default -> throw new SQLFeatureNotSupportedException("ResultSet." + name + " is not supported on the rows"
                    + " of Oracle's RETURNING ... INTO; read them with getObject.");
        }
    }

    private Object value(Object column, Class<?> type) throws SQLException {
        if (position < 0 || position >= rows.size()) {
            throw new SQLException("No current row: call next() first.");
        }
        int index = column instanceof Integer i ? i : findColumn((String) column);
        if (index < 1 || index > labels.size()) {
            throw new SQLException("No column " + index + "; the returned rows have " + labels.size() + ".");
        }
        Object v = rows.get(position)[index - 1];
        wasNull = v == null;
        if (v == null || type == Object.class || type.isInstance(v)) {
            return v;
        }
        if (type == String.class) {
            return v.toString();
        }
        throw new SQLFeatureNotSupportedException("The returned value " + v + " is a " + v.getClass().getName()
                + ", not a " + type.getName() + ".");
    }

    private int findColumn(String label) throws SQLException {
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).equalsIgnoreCase(label)) {
                return i + 1;
            }
        }
        throw new SQLException("No column '" + label + "' among the returned columns " + labels + ".");
    }

    private ResultSetMetaData metaData() {
        return (ResultSetMetaData) Proxy.newProxyInstance(ReturnedRows.class.getClassLoader(),
                new Class<?>[] {ResultSetMetaData.class}, (p, m, a) -> switch (m.getName()) {
                    case "getColumnCount" -> labels.size();
                    case "getColumnLabel", "getColumnName" -> labels.get((Integer) a[0] - 1);
                    case "getPrecision", "getScale", "isAutoIncrement", "isCaseSensitive" ->
                            m.getReturnType() == boolean.class ? (Object) false : (Object) 0;
                    case "getColumnType" -> Types.OTHER;
                    case "isNullable" -> ResultSetMetaData.columnNullableUnknown;
                    case "toString" -> "ReturnedRows.metaData" + labels;
                    case "hashCode" -> System.identityHashCode(p);
                    case "equals" -> p == a[0];
                    default -> throw new SQLFeatureNotSupportedException("ResultSetMetaData." + m.getName()
                            + " is not supported on the rows of Oracle's RETURNING ... INTO.");
                });
    }

    @Override
    public String toString() {
        return "ReturnedRows" + labels + " (" + rows.size() + " rows" + (closed ? ", closed)" : ")");
    }
}
