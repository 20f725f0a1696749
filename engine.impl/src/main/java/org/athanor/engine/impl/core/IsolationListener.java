package org.athanor.engine.impl.core;

import java.sql.Connection;
import java.sql.SQLException;
import org.athanor.dialect.Dialect;
import org.athanor.exc.AthanorException;
import org.athanor.pool.ConnectionRecord;
import org.athanor.pool.PoolListener;

/**
 * Applies an engine's {@code isolationLevel} option to every new driver connection (a pool connect event),
 * then puts the driver back in autocommit mode, where the engine keeps idle connections (the level then
 * applies to every transaction begun on it).
 *
 * <p>Immutable and thread-safe.
 */
final class IsolationListener implements PoolListener {
    private final Dialect dialect;
    private final String level;

    IsolationListener(Dialect dialect, String level) {
        this.dialect = dialect;
        this.level = level;
    }

    @Override
    public void connect(Connection connection, ConnectionRecord record) {
        try {
            dialect.setIsolationLevel(connection, level);
            if (!"AUTOCOMMIT".equals(level)) {
                connection.setAutoCommit(true);
            }
            record.info().put(ConnectionCore.AUTOCOMMIT_KEY, Boolean.TRUE);
        } catch (SQLException e) {
            throw new AthanorException("Could not set isolation level " + level + " on a new connection: " + e, e);
        }
    }
}
