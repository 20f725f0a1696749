package org.athanor.pool;

import java.util.Map;

/**
 * One checkout of a pooled driver connection (SQLAlchemy's {@code _ConnectionFairy}). {@link #close()}
 * returns the connection: reset (as configured) and handed back to the pool. After close, the handle can
 * no longer reach the driver connection, so a stale handle can never touch a connection another thread
 * now holds.
 *
 * <p>Not thread-safe: it belongs to the thread that checked it out.
 */
public final class PooledConnection implements AutoCloseable {
    // PLACEHOLDER SIGNATURES: the pool implementation replaces these bodies.

    private PooledConnection() {
    }

    /**
     * Returns the driver connection and marks the checkout dirty (reset needed on return), since the caller
     * may do anything with it.
     *
     * @return the driver connection
     * @throws org.athanor.exc.ResourceClosedException if this checkout is closed or invalidated
     */
    public java.sql.Connection driverConnection() {
        throw new UnsupportedOperationException();
    }

    /**
     * Declares that nothing has happened on the connection since its last commit or rollback, so that
     * returning it needs no reset round trip.
     */
    public void markClean() {
        throw new UnsupportedOperationException();
    }

    /** Declares that the connection may hold uncommitted work, so it is reset on return. */
    public void markDirty() {
        throw new UnsupportedOperationException();
    }

    /**
     * Returns the record this checkout is of.
     *
     * @return the record
     */
    public ConnectionRecord record() {
        throw new UnsupportedOperationException();
    }

    /**
     * Returns the record's info map.
     *
     * @return the info map
     */
    public Map<String, Object> info() {
        throw new UnsupportedOperationException();
    }

    /**
     * Invalidates the connection: closes it; the record opens a new one at its next checkout. This
     * checkout is then closed.
     *
     * @param cause why, or {@code null}
     */
    public void invalidate(Throwable cause) {
        throw new UnsupportedOperationException();
    }

    /**
     * Detaches the driver connection from the pool, which forgets it (and may open another in its place);
     * the caller owns it from now on. This checkout is then closed without touching the connection.
     *
     * @return the driver connection
     */
    public java.sql.Connection detach() {
        throw new UnsupportedOperationException();
    }

    /**
     * Tells whether this checkout has been closed, invalidated or detached.
     *
     * @return whether closed
     */
    public boolean isClosed() {
        throw new UnsupportedOperationException();
    }

    /** Returns the connection to the pool after resetting it as configured. Idempotent. */
    @Override
    public void close() {
        throw new UnsupportedOperationException();
    }
}
