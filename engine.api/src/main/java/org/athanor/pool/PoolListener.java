package org.athanor.pool;

import java.sql.Connection;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives a pool's events (SQLAlchemy's pool events). Every method has an empty default; override the
 * ones you need. Events are delivered on the thread that caused them; a listener that throws is logged and
 * otherwise ignored, except that an exception from {@link #checkout} makes the pool discard that
 * connection and try another (as SQLAlchemy's {@code DisconnectionError} does), and an exception from
 * {@link #connect} or {@link #firstConnect} makes the new connection fail: the pool closes it and the
 * exception reaches the caller of {@link Pool#connect()} (as in SQLAlchemy, so that a listener that
 * prepares each connection, such as one setting the isolation level, never lets an unprepared one through).
 *
 * <p>Implementations must be thread-safe: a pool calls them from many threads.
 */
@ConsumerType
public interface PoolListener {

    /**
     * A new driver connection was created.
     *
     * @param connection the driver connection
     * @param record its pool record
     */
    default void connect(Connection connection, ConnectionRecord record) {
    }

    /**
     * The pool's first driver connection was created (called once per pool, before {@link #connect}, while
     * other new connections wait; if a listener throws, the next new connection fires it again).
     *
     * @param connection the driver connection
     * @param record its pool record
     */
    default void firstConnect(Connection connection, ConnectionRecord record) {
    }

    /**
     * A connection was checked out. Throwing (for example a {@link org.athanor.exc.DisconnectionException})
     * makes the pool invalidate this connection and check out a new one; after a few such attempts the
     * checkout fails with {@link org.athanor.exc.DisconnectionException}.
     *
     * @param connection the driver connection
     * @param record its pool record
     * @param handle the checkout
     */
    default void checkout(Connection connection, ConnectionRecord record, PooledConnection handle) {
    }

    /**
     * A connection was checked back in.
     *
     * @param connection the driver connection, or {@code null} if it was invalidated
     * @param record its pool record
     */
    default void checkin(Connection connection, ConnectionRecord record) {
    }

    /**
     * A returned connection was reset (rolled back or committed) because its checkout was dirty. A clean
     * checkout is returned with no reset and no reset event.
     *
     * @param connection the driver connection
     * @param record its pool record
     */
    default void reset(Connection connection, ConnectionRecord record) {
    }

    /**
     * A connection was invalidated: closed and to be replaced.
     *
     * @param connection the driver connection
     * @param record its pool record
     * @param cause why, or {@code null}
     */
    default void invalidate(Connection connection, ConnectionRecord record, Throwable cause) {
    }

    /**
     * A connection was detached from the pool; the pool no longer owns it.
     *
     * @param connection the driver connection
     * @param record its former pool record
     */
    default void detach(Connection connection, ConnectionRecord record) {
    }

    /**
     * A driver connection was closed by the pool.
     *
     * @param connection the driver connection
     * @param record its pool record
     */
    default void close(Connection connection, ConnectionRecord record) {
    }
}
