package org.athanor.pool;

import java.sql.Connection;
import java.util.Map;
import org.athanor.exc.ResourceClosedException;

/**
 * One checkout of a pooled driver connection (SQLAlchemy's {@code _ConnectionFairy}). {@link #close()}
 * returns the connection: reset (as configured) and handed back to the pool. After close, the handle can
 * no longer reach the driver connection, so a stale handle can never touch a connection another thread
 * now holds.
 *
 * <p>A checkout starts <em>clean</em>: until {@link #driverConnection()} or {@link #markDirty()} is called,
 * the pool assumes nothing has happened on the connection since its last commit or rollback, and returns
 * it without a reset round trip. {@link #markClean()} declares it clean again (after the caller committed
 * or rolled back itself).
 *
 * <p>A checkout that is never closed keeps its connection out of the pool; the engine reclaims forgotten
 * ones. Each checkout is a new handle, so closing one twice, or closing it after the connection went to
 * someone else, is harmless.
 *
 * <p>Not thread-safe: it belongs to the thread that checked it out.
 */
public final class PooledConnection implements AutoCloseable {
    private final Pool pool;
    /** The record; {@code null} once closed, invalidated or detached. */
    ConnectionRecord record;
    /** The driver connection; {@code null} once closed, invalidated or detached. */
    Connection connection;
    private boolean dirty;
    /** Nested checkouts of this handle still open (a {@link SingletonThreadPool} nests). */
    private int opens = 1;

    PooledConnection(Pool pool, ConnectionRecord record, Connection connection) {
        this.pool = pool;
        this.record = record;
        this.connection = connection;
    }

    /**
     * Returns the driver connection and marks the checkout dirty (reset needed on return), since the caller
     * may do anything with it.
     *
     * @return the driver connection
     * @throws ResourceClosedException if this checkout is closed, invalidated or detached
     */
    public Connection driverConnection() {
        Connection c = connection;
        if (c == null) {
            throw closed("use its driver connection");
        }
        dirty = true;
        return c;
    }

    /**
     * Declares that nothing has happened on the connection since its last commit or rollback, so that
     * returning it needs no reset round trip. Does nothing once the checkout is closed.
     */
    public void markClean() {
        dirty = false;
    }

    /** Declares that the connection may hold uncommitted work, so it is reset on return. */
    public void markDirty() {
        dirty = true;
    }

    /**
     * Tells whether the connection will be reset on return.
     *
     * @return whether the checkout is dirty
     */
    public boolean isDirty() {
        return dirty;
    }

    /**
     * Returns the record this checkout is of.
     *
     * @return the record, or {@code null} once this checkout is closed, invalidated or detached
     */
    public ConnectionRecord record() {
        return record;
    }

    /**
     * Returns the pool this checkout came from.
     *
     * @return the pool
     */
    public Pool pool() {
        return pool;
    }

    /**
     * Returns the record's info map.
     *
     * @return the info map
     * @throws ResourceClosedException if this checkout is closed, invalidated or detached
     */
    public Map<String, Object> info() {
        ConnectionRecord r = record;
        if (r == null) {
            throw closed("read its info");
        }
        return r.info();
    }

    /**
     * Invalidates the connection: closes it; the record opens a new one at its next checkout. This
     * checkout is then closed. Does nothing if the checkout is already closed.
     *
     * @param cause why, or {@code null}
     */
    public void invalidate(Throwable cause) {
        Connection c = connection;
        if (c == null) {
            return;
        }
        ConnectionRecord r = record;
        release();
        pool.invalidateCheckout(r, c, cause);
    }

    /**
     * Detaches the driver connection from the pool, which forgets it (its slot opens a new connection when
     * next needed); the caller owns it from now on and must close it. This checkout is then closed without
     * touching the connection.
     *
     * @return the driver connection
     * @throws ResourceClosedException if this checkout is already closed, invalidated or detached
     */
    public Connection detach() {
        Connection c = connection;
        if (c == null) {
            throw closed("detach it");
        }
        ConnectionRecord r = record;
        release();
        pool.detachCheckout(r, c);
        return c;
    }

    /**
     * Tells whether this checkout has been closed, invalidated or detached.
     *
     * @return whether closed
     */
    public boolean isClosed() {
        return connection == null;
    }

    /** Returns the connection to the pool after resetting it as configured (if dirty). Idempotent. */
    @Override
    public void close() {
        Connection c = connection;
        if (c == null || --opens > 0) {
            return;
        }
        ConnectionRecord r = record;
        boolean wasDirty = dirty;
        release();
        pool.checkin(r, c, wasDirty);
    }

    /** Counts one more nested checkout of this handle (same thread, {@link SingletonThreadPool}). */
    void nest() {
        opens++;
    }

    /** Cuts the handle from its connection and record, for good. */
    void release() {
        connection = null;
        record = null;
        opens = 0;
    }

    private ResourceClosedException closed(String what) {
        return new ResourceClosedException("Cannot " + what + ": this pooled connection was already closed,"
                + " invalidated or detached. Check a new connection out of the pool instead.");
    }

    @Override
    public String toString() {
        return "PooledConnection[" + (connection == null ? "closed" : PoolEvents.describe(connection)) + "]";
    }
}
