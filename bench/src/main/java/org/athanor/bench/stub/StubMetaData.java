package org.athanor.bench.stub;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;

/**
 * The stub connection's {@link DatabaseMetaData}: a dynamic proxy (it is read when a connection is opened or
 * a dialect initialized, never in a measured cycle) that counts each call in {@link DriverCalls} and answers
 * with a plausible neutral value: product "Stub" version "1.0", JDBC 4.2, transactions and savepoints
 * supported, empty result sets for catalog queries, false, zero or the empty string otherwise.
 *
 * <p>Thread-safe.
 */
public final class StubMetaData {

    private StubMetaData() {
    }

    /**
     * Makes the metadata of a stub connection.
     *
     * @param connection the connection
     * @return its metadata
     */
    public static DatabaseMetaData database(Connection connection) {
        return (DatabaseMetaData) Proxy.newProxyInstance(StubMetaData.class.getClassLoader(),
                new Class<?>[] {DatabaseMetaData.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    DriverCalls.hit("DatabaseMetaData." + name);
                    Class<?> type = method.getReturnType();
                    switch (name) {
                        case "getConnection":
                            return connection;
                        case "getDatabaseProductName":
                            return "Stub";
                        case "getDatabaseProductVersion":
                        case "getDriverVersion":
                            return "1.0";
                        case "getDriverName":
                            return "Athanor bench stub driver";
                        case "getURL":
                            return StubDriver.URL;
                        case "getDriverMajorVersion":
                        case "getDatabaseMajorVersion":
                            return 1;
                        case "getJDBCMajorVersion":
                            return 4;
                        case "getJDBCMinorVersion":
                            return 2;
                        case "supportsTransactions":
                        case "supportsSavepoints":
                            return true;
                        case "getDefaultTransactionIsolation":
                            return Connection.TRANSACTION_READ_COMMITTED;
                        case "getIdentifierQuoteString":
                            return "\"";
                        case "unwrap":
                            return proxy;
                        case "isWrapperFor":
                            return ((Class<?>) args[0]).isInstance(proxy);
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "equals":
                            return proxy == args[0];
                        case "toString":
                            return "StubMetaData";
                        default:
                            break;
                    }
                    if (type == boolean.class) {
                        return false;
                    }
                    if (type == int.class) {
                        return 0;
                    }
                    if (type == long.class) {
                        return 0L;
                    }
                    if (type == String.class) {
                        return "";
                    }
                    if (type == ResultSet.class) {
                        return new StubResultSet(null);
                    }
                    return null;
                });
    }
}
