package org.athanor.pool;

import java.sql.Connection;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A pool of exactly one connection, shared by every checkout; for a single-connection database such as
 * SQLite in memory shared across threads.
 *
 * <p>Checkouts are not exclusive: every caller gets the same driver connection at the same time, so a dirty
 * checkout's reset on return (a rollback, by default) acts on everyone's transaction. Use it where callers
 * take turns, or with {@code ResetOnReturn.NONE}. The connection is opened at the first checkout (under the
 * pool's lock, so concurrent first checkouts wait for it), replaced at a checkout after it was invalidated,
 * recycled or made stale by {@link #invalidateAll()}, and closed by {@link #dispose()} (at once if nobody
 * has it checked out, otherwise when its last checkout returns; checkouts after the dispose get a new one).
 *
 * <p>Thread-safe.
 */
public class StaticPool extends Pool {
    private final Object lock = new Object();
    // guarded by lock
    private ConnectionRecord record;
    /** Open checkouts per record: the current one, and any disposed one still in use. */
    private final Map<ConnectionRecord, int[]> users = new IdentityHashMap<>();

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
        synchronized (lock) {
            int out = 0;
            for (int[] n : users.values()) {
                out += n[0];
            }
            boolean idle = record != null && record.connection() != null && !users.containsKey(record);
            return new PoolStatistics(1, 0, idle ? 1 : 0, out, 0, 0, invalidationCount());
        }
    }

    @Override
    public Pool recreate() {
        return recreateSameClass();
    }

    /** Closes the connection (when its last checkout returns, if it is out); the next checkout opens another. */
    @Override
    public void dispose() {
        ConnectionRecord closeNow = null;
        synchronized (lock) {
            if (record != null && !users.containsKey(record)) {
                closeNow = record;
            }
            record = null;
        }
        if (closeNow != null) {
            closeNow.close();
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
            users.computeIfAbsent(r, k -> new int[1])[0]++;
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

    @Override
    boolean sharesRecords() {
        return true;
    }

    /** Keeps the connection, unless it was disposed and this was its last checkout. */
    @Override
    protected void doReturnConn(ConnectionRecord rec) {
        boolean close = false;
        synchronized (lock) {
            int[] n = users.get(rec);
            if (n != null && --n[0] == 0) {
                users.remove(rec);
                close = rec != record;
            }
        }
        if (close) {
            rec.close();
        }
    }
}
