package org.athanor.pool;

import java.sql.Connection;
import java.sql.SQLException;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The database-specific operations a pool performs on driver connections: reset, ping, close and
 * disconnect detection. Every {@link org.athanor.dialect.Dialect} is one; a pool used without a dialect uses
 * {@link #JDBC}.
 *
 * <p>Implementations must be thread-safe.
 */
@ConsumerType
public interface PoolDialect {

    /** Plain JDBC behaviour. */
    PoolDialect JDBC = new PoolDialect() {
    };

    /**
     * Rolls back the connection's transaction (reset on return).
     *
     * @param connection the driver connection
     * @throws SQLException if the driver fails
     */
    default void rollback(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback();
        }
    }

    /**
     * Commits the connection's transaction (reset on return with COMMIT).
     *
     * @param connection the driver connection
     * @throws SQLException if the driver fails
     */
    default void commit(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    /**
     * Tests that the connection is alive, as cheaply as the driver allows (pre-ping).
     *
     * @param connection the driver connection
     * @return whether it is alive
     * @throws SQLException if the test itself fails, which the pool treats as dead if
     *     {@link #isDisconnect(SQLException)} says so
     */
    default boolean ping(Connection connection) throws SQLException {
        return connection.isValid(5);
    }

    /**
     * Tells whether an exception means the connection is dead.
     *
     * @param e the exception
     * @return by default, whether its SQLState is of class 08 (connection exception)
     */
    default boolean isDisconnect(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Closes a driver connection for good.
     *
     * @param connection the driver connection
     * @throws SQLException if the driver fails; the pool logs and ignores it
     */
    default void close(Connection connection) throws SQLException {
        connection.close();
    }
}
