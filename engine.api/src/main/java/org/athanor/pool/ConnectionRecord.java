package org.athanor.pool;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A pool's slot for one driver connection (SQLAlchemy's {@code _ConnectionRecord}): it outlives checkouts,
 * and when its connection is invalidated or recycled it opens a new one in the same slot.
 *
 * <p>A record is made by {@link Pool#createConnection()} and handed out by a pool's
 * {@link Pool#doGet() doGet}. While a record is checked out only the thread holding it may change it
 * ({@link #close()}, {@link #invalidate(Throwable)}); a pool passes it between threads with a
 * happens-before edge (a lock, a volatile write or a compare-and-set).
 *
 * <p>Thread-safe for reading; a record is checked out to one thread at a time (only a
 * {@link StaticPool} shares its one record among concurrent checkouts).
 */
public final class ConnectionRecord {
    /** In a bag or per-thread pool: idle, ready to be taken by a compare-and-set to {@link #IN_USE}. */
    static final int IDLE = 0;
    /** Checked out, being created, or held by a returning thread. */
    static final int IN_USE = 1;
    /** Gone from its pool; never handed out again. */
    static final int REMOVED = 2;

    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(ConnectionRecord.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Pool pool;
    private volatile Connection connection;
    private volatile long createdAtMillis;
    private volatile Map<String, Object> info;
    /** Accessed through {@link #STATE}. */
    @SuppressWarnings("unused")
    private volatile int state = IN_USE;

    /** The pool-wide sequence number of the current connection; see {@link Pool#invalidateAll()}. */
    long sequence;
    /** Monotonic creation time of the current connection, for recycle. */
    long createdNanos;
    /** Whether the current connection has not yet been checked out (pre-ping skips it). */
    boolean fresh;
    /** The owning pool's dispose generation when this record joined it. */
    int generation;

    ConnectionRecord(Pool pool) {
        this.pool = pool;
    }

    /**
     * Returns the driver connection.
     *
     * @return the connection, or {@code null} if invalidated and not yet replaced
     */
    public Connection connection() {
        return connection;
    }

    /**
     * Returns a map that lives as long as the driver connection, for dialects and applications to keep
     * per-connection state (it is cleared when the connection is replaced).
     *
     * @return the mutable info map (thread-safe)
     */
    public Map<String, Object> info() {
        Map<String, Object> m = info;
        if (m == null) {
            synchronized (this) {
                m = info;
                if (m == null) {
                    m = new ConcurrentHashMap<>();
                    info = m;
                }
            }
        }
        return m;
    }

    /**
     * Returns when the current driver connection was created.
     *
     * @return epoch milliseconds (0 before the first connection)
     */
    public long createdAtMillis() {
        return createdAtMillis;
    }

    /**
     * Returns the pool this record belongs to.
     *
     * @return the pool
     */
    public Pool pool() {
        return pool;
    }

    /**
     * Closes the record's driver connection for good, through {@link Pool#closeConnection}, after firing
     * the close event; the record stays usable and opens a new connection at its next checkout. Does
     * nothing if the record has no connection. A pool's {@code doReturnConn} calls this to discard a
     * returned connection (as {@link NullPool} does). Call it only while holding the record.
     */
    public void close() {
        Connection c = connection;
        if (c != null) {
            connection = null;
            clearInfo();
            pool.events.close(c, this);
            pool.closeConnection(c);
        }
    }

    /**
     * Invalidates the record's driver connection: fires the invalidate event, then closes it as
     * {@link #close()} does; the record opens a new connection at its next checkout. Does nothing if the
     * record has no connection. Call it only while holding the record.
     *
     * @param cause why, or {@code null}
     */
    public void invalidate(Throwable cause) {
        Connection c = connection;
        if (c != null) {
            pool.countInvalidation();
            pool.events.invalidate(c, this, cause);
            close();
        }
    }

    /**
     * Opens a new driver connection into this empty record, firing the connect events; if a listener
     * throws, the connection is closed again and the exception propagates.
     */
    Connection connect() {
        Connection c = pool.invokeCreator();
        sequence = pool.nextSequence();
        createdNanos = System.nanoTime();
        createdAtMillis = System.currentTimeMillis();
        fresh = true;
        connection = c;
        try {
            pool.connected(c, this);
        } catch (RuntimeException | Error e) {
            close(); // a connect listener refused it (SQLAlchemy lets the connect event's error through)
            throw e;
        }
        return c;
    }

    /** Closes the current connection (if any) and opens a new one. */
    Connection reconnect() {
        close();
        return connect();
    }

    /** Forgets the driver connection without closing it (detach). */
    void forget() {
        connection = null;
        clearInfo();
    }

    private void clearInfo() {
        Map<String, Object> m = info;
        if (m != null) {
            m.clear();
        }
    }

    int state() {
        return (int) STATE.getVolatile(this);
    }

    void setState(int value) {
        STATE.setVolatile(this, value);
    }

    boolean casState(int expected, int value) {
        return STATE.compareAndSet(this, expected, value);
    }

    @Override
    public String toString() {
        return "ConnectionRecord[" + PoolEvents.describe(connection) + "]";
    }
}
