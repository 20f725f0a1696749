package org.athanor.pool;

import java.util.Map;

/**
 * A pool's slot for one driver connection (SQLAlchemy's {@code _ConnectionRecord}): it outlives checkouts,
 * and when its connection is invalidated or recycled it opens a new one in the same slot.
 *
 * <p>Thread-safe for reading; a record is checked out to one thread at a time.
 */
public final class ConnectionRecord {
    // PLACEHOLDER SIGNATURES: the pool implementation replaces these bodies.

    private ConnectionRecord() {
    }

    /**
     * Returns the driver connection.
     *
     * @return the connection, or {@code null} if invalidated and not yet replaced
     */
    public java.sql.Connection connection() {
        throw new UnsupportedOperationException();
    }

    /**
     * Returns a map that lives as long as the driver connection, for dialects and applications to keep
     * per-connection state (it is cleared when the connection is replaced).
     *
     * @return the mutable info map
     */
    public Map<String, Object> info() {
        throw new UnsupportedOperationException();
    }

    /**
     * Returns when the current driver connection was created.
     *
     * @return epoch milliseconds
     */
    public long createdAtMillis() {
        throw new UnsupportedOperationException();
    }

    /**
     * Returns the pool this record belongs to.
     *
     * @return the pool
     */
    public Pool pool() {
        throw new UnsupportedOperationException();
    }
}
