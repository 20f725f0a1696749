package org.athanor.pool;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A pool of exactly one connection, shared by every checkout; for a single-connection database such as
 * SQLite in memory shared across threads.
 *
 * <p>Checkouts are not exclusive: every caller gets the same driver connection at the same time, so a dirty
 * checkout's reset on return (a rollback, by default) acts on everyone's transaction. Use it where callers
 * take turns, or with {@code ResetOnReturn.NONE}. The connection is opened at the first checkout, replaced
 * at a checkout after it was invalidated, recycled or made stale by {@link #invalidateAll()}, and closed by
 * {@link #dispose()}.
 *
 * <p>Thread-safe.
 */
public class StaticPool extends Pool {
    private final Object lock = new Object();
    private ConnectionRecord record; // guarded by lock
    private final AtomicInteger checkedOut = new AtomicInteger();

    /**
     * Creates the pool.
     *
     * @param creator makes driver connections
     * @param config the settings (size, overflow and timeout do not apply)
     */
    public StaticPool(ConnectionCreator creator, PoolConfig config) {
        super(creator, config);
    }

    /** @return {@code StaticPool} */
    @Override
    public String status() {
        return "StaticPool";
    }

    @Override
    public PoolStatistics statistics() {
        boolean open;
        synchronized (lock) {
            open = record != null && record.connection() != null;
        }
        int out = checkedOut.get();
        return new PoolStatistics(1, 0, open && out == 0 ? 1 : 0, out, 0, 0, invalidationCount());
    }

    @Override
    public Pool recreate() {
        return recreateSameClass();
    }

    /** Closes the connection; the next checkout opens a new one. */
    @Override
    public void dispose() {
        ConnectionRecord r;
        synchronized (lock) {
            r = record;
            record = null;
        }
        if (r != null) {
            r.close();
        }
        events.poolMessage("Pool disposed. " + status());
    }

    /** Returns the one record, with its connection opened or replaced as needed (under the pool's lock). */
    @Override
    protected ConnectionRecord doGet() {
        synchronized (lock) {
            ConnectionRecord r = record;
            if (r == null) {
                r = createConnection();
                record = r;
            } else {
                super.prepare(r);
            }
            checkedOut.incrementAndGet();
            return r;
        }
    }

    /** The connection was prepared by doGet() under the lock; only reopen it if it vanished since. */
    @Override
    Connection prepare(ConnectionRecord rec) {
        synchronized (lock) {
            Connection c = rec.connection();
            return c != null ? c : rec.connect();
        }
    }

    /** Keeps the connection. */
    @Override
    protected void doReturnConn(ConnectionRecord rec) {
        checkedOut.decrementAndGet();
    }
}
