package org.athanor.dialect.oracle;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import oracle.jdbc.OraclePreparedStatement;

/**
 * A stand-in for an Oracle server behind ojdbc, made of {@link Proxy} objects: a {@link Connection} whose
 * prepared statements are {@link OraclePreparedStatement}s that record every call made on them, execute DML as
 * an update of the rows given to {@link #returning}, and give those rows back from
 * {@code getReturnResultSet()} — which, like ojdbc's for registered return parameters, has no metadata — or
 * from {@code getGeneratedKeys()} with labels. Methods the tests do not need answer a default value.
 *
 * <p>Not thread-safe; one per test.
 */
final class OracleStub {
    /** The product version the stub's metadata reports. */
    static final String PRODUCT_VERSION = "Oracle Database 19c Enterprise Edition Release 19.0.0.0.0 - Production\n"
            + "Version 19.3.0.0.0";

    /** Every call on a prepared statement, as {@code name(arg, arg)}. */
    final List<String> calls = new CopyOnWriteArrayList<>();
    /** The SQL of every statement prepared. */
    final List<String> prepared = new CopyOnWriteArrayList<>();
    private final List<Object[]> rows = new ArrayList<>();
    private List<String> keyLabels = List.of();
    private boolean autoCommit = true;

    /**
     * Sets the rows the next DML statement touches and returns.
     *
     * @param values the rows
     * @return this stub
     */
    OracleStub returning(Object[]... values) {
        rows.clear();
        rows.addAll(Arrays.asList(values));
        return this;
    }

    /**
     * Sets the labels {@code getGeneratedKeys()} reports.
     *
     * @param labels the labels
     * @return this stub
     */
    OracleStub keyLabels(String... labels) {
        keyLabels = List.of(labels);
        return this;
    }

    /** @return a new connection to the stand-in server */
    Connection connection() {
        return proxy(Connection.class, (p, m, a) -> switch (m.getName()) {
            case "prepareStatement" -> {
                prepared.add((String) a[0]);
                if (a.length > 1) {
                    calls.add("prepareStatement(" + describe(a[1]) + ")");
                }
                yield statement();
            }
            case "createStatement" -> throw new SQLException("the stand-in runs prepared statements only");
            case "getMetaData" -> proxy(DatabaseMetaData.class, (p2, m2, a2) ->
                    m2.getName().equals("getDatabaseProductVersion") ? PRODUCT_VERSION : defaultValue(m2.getReturnType()));
            case "getAutoCommit" -> autoCommit;
            case "setAutoCommit" -> {
                autoCommit = (Boolean) a[0];
                yield null;
            }
            case "isValid" -> true;
            case "getTransactionIsolation" -> Connection.TRANSACTION_READ_COMMITTED;
            default -> defaultValue(m.getReturnType());
        });
    }

    private PreparedStatement statement() {
        return proxy(OraclePreparedStatement.class, (p, m, a) -> {
            String name = m.getName();
            if (!name.equals("unwrap") && !name.equals("isWrapperFor")) {
                calls.add(name + "(" + describe(a) + ")");
            }
            return switch (name) {
                case "unwrap" -> ((Class<?>) a[0]).isInstance(p) ? p : null;
                case "isWrapperFor" -> ((Class<?>) a[0]).isInstance(p);
                case "execute" -> false;
                case "getUpdateCount", "executeUpdate" -> rows.size();
                case "getReturnResultSet" -> resultSet(null);
                case "getGeneratedKeys" -> resultSet(keyLabels);
                default -> defaultValue(m.getReturnType());
            };
        });
    }

    /** A result set over the rows; without labels it has no metadata, as ojdbc's return result set. */
    private ResultSet resultSet(List<String> labels) {
        int[] at = {-1};
        return proxy(ResultSet.class, (p, m, a) -> switch (m.getName()) {
            case "next" -> ++at[0] < rows.size();
            case "getObject" -> rows.get(at[0])[(Integer) a[0] - 1];
            case "getMetaData" -> {
                if (labels == null) {
                    throw new SQLException("ORA-17023: Unsupported feature: getMetaData");
                }
                yield proxy(ResultSetMetaData.class, (p2, m2, a2) -> switch (m2.getName()) {
                    case "getColumnCount" -> labels.size();
                    case "getColumnLabel", "getColumnName" -> labels.get((Integer) a2[0] - 1);
                    default -> defaultValue(m2.getReturnType());
                });
            }
            default -> defaultValue(m.getReturnType());
        });
    }

    private static String describe(Object args) {
        if (args instanceof Object[] array) {
            List<String> parts = new ArrayList<>();
            for (Object o : array) {
                parts.add(o instanceof Object[] inner ? Arrays.toString(inner) : String.valueOf(o));
            }
            return String.join(", ", parts);
        }
        return args == null ? "" : String.valueOf(args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, java.lang.reflect.InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(OracleStub.class.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
            if (m.getDeclaringClass() == Object.class) {
                return switch (m.getName()) {
                    case "equals" -> p == a[0];
                    case "hashCode" -> System.identityHashCode(p);
                    default -> "OracleStub." + type.getSimpleName();
                };
            }
            return handler.invoke(p, m, a);
        });
    }

    private static Object defaultValue(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class) {
            return type == long.class ? (Object) 0L : type == int.class ? (Object) 0 : type == short.class
                    ? (Object) (short) 0 : (Object) (byte) 0;
        }
        if (type == double.class || type == float.class) {
            return type == double.class ? (Object) 0.0 : (Object) 0.0f;
        }
        return null;
    }
}
