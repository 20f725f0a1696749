package org.athanor.pool;

import org.osgi.annotation.versioning.ConsumerType;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Makes a new driver connection (SQLAlchemy's {@code creator}): a dialect's driver, or a function of the
 * application's own, such as one that hands out a connection another framework manages (seed 002).
 *
 * <p>Implementations must be thread-safe: a pool calls them from whichever thread needs a connection.
 */
@ConsumerType
@FunctionalInterface
public interface ConnectionCreator {

    /**
     * Makes a connection.
     *
     * @return a new (or borrowed) driver connection
     * @throws SQLException if the driver fails; the pool wraps it
     */
    Connection create() throws SQLException;
}
