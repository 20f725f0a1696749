package org.athanor.pool;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;

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
    private static final VarHandle HOLDER;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(ConnectionRecord.class, "state", int.class);
            HOLDER = MethodHandles.lookup().findVarHandle(ConnectionRecord.class, "holder", Thread.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Pool pool;
    private volatile Connection connection;
    private volatile long createdAtMillis;
    /** Made with the record: the engine reads it at every checkout, so no lazy branch on the hot path. */
    private final Map<String, Object> info = new ConcurrentHashMap<>();
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

    /*
     * The current checkout, for Pool.checkouts() and leak detection. The holding thread writes them at
     * checkout and clears them at return; holder is written last with release semantics and read first
     * with acquire, so a reader on another thread that sees a holder sees that checkout's fields. With leak
     * detection on, the fields are written under this record's lock, which the leak task also takes.
     */
    /** The thread holding the record, or {@code null}; accessed through {@link #HOLDER}. */
    @SuppressWarnings("unused")
    private Thread holder;
    private long checkoutMillis;
    private Throwable checkoutTrace;
    private PooledConnection checkoutHandle;
    private Future<?> leakTask;
    private boolean leakReported;

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
        return info;
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
            pool.openRecords.remove(this);
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
        pool.openRecords.add(this);
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
        pool.openRecords.remove(this);
        clearInfo();
    }

    /**
     * Notes a checkout by the current thread: without leak detection ({@code thresholdNanos < 0}) the holder
     * and the time only, with no lock and no allocation; with it, the stack too, and the warning scheduled.
     */
    void beginCheckout(PooledConnection handle, long thresholdNanos) {
        if (thresholdNanos >= 0) {
            beginTrackedCheckout(Thread.currentThread(), System.currentTimeMillis(), handle, thresholdNanos);
            return;
        }
        if (leakTask != null) {
            endTrackedCheckout(); // a StaticPool's shared record: the newest checkout is the one shown
        }
        checkoutMillis = CoarseClock.millis(); // to within 10 ms: read by checkouts() only, so no system call
        checkoutTrace = null;
        HOLDER.setRelease(this, Thread.currentThread());
    }

    private synchronized void beginTrackedCheckout(Thread thread, long millis, PooledConnection handle,
            long thresholdNanos) {
        if (leakTask != null) {
            leakTask.cancel(false);
        }
        Throwable trace = new Throwable("Connection checked out here");
        checkoutMillis = millis;
        checkoutTrace = trace;
        checkoutHandle = handle;
        leakReported = false;
        HOLDER.setRelease(this, thread);
        leakTask = LeakDetector.schedule(pool, this, handle, trace, thresholdNanos);
    }

    /**
     * Notes the end of the current checkout, cancelling its leak warning (and logging the return of a
     * connection reported as a leak).
     */
    void endCheckout() {
        if (leakTask == null) {
            HOLDER.setRelease(this, null);
            return;
        }
        Checkout leaked = endTrackedCheckout();
        if (leaked != null) {
            pool.events.leak("Connection {} reported as a possible leak was returned by thread {} (checked out"
                    + " since {}).", leaked.connection(), leaked.thread(), leaked.since(), null, null);
        }
    }

    private synchronized Checkout endTrackedCheckout() {
        Checkout reported = leakReported ? checkout() : null;
        if (leakTask != null) {
            leakTask.cancel(false);
            leakTask = null;
        }
        HOLDER.setRelease(this, null);
        checkoutHandle = null;
        checkoutTrace = null;
        leakReported = false;
        return reported;
    }

    /**
     * Marks the checkout as reported, if it is still the one given (called by the leak task).
     *
     * @return the checkout, or {@code null} if it was returned meanwhile
     */
    synchronized Checkout reportLeak(PooledConnection handle) {
        if (checkoutHandle != handle || HOLDER.getAcquire(this) == null) {
            return null;
        }
        leakReported = true;
        return checkout();
    }

    /**
     * Describes the current checkout.
     *
     * @return the checkout, or {@code null} if the record is not checked out
     */
    Checkout checkout() {
        Thread t = (Thread) HOLDER.getAcquire(this);
        if (t == null) {
            return null;
        }
        Throwable trace = checkoutTrace;
        return new Checkout(PoolEvents.describe(connection), t.getName(), Instant.ofEpochMilli(checkoutMillis),
                trace == null ? List.of() : List.of(trace.getStackTrace()), leakReported);
    }

    private void clearInfo() {
        info.clear();
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
