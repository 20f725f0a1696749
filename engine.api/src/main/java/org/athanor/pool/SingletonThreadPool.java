package org.athanor.pool;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A pool that keeps one connection per thread, for SQLite in-memory databases (each thread sees its own
 * database, as in SQLAlchemy).
 *
 * <p>A connection never moves to another thread. A thread that checks out while it already holds an open
 * checkout gets the same {@link PooledConnection} back; the nested checkouts are counted and the
 * connection is returned when the outermost one closes. {@link PoolConfig#size()} bounds how many threads'
 * connections are kept: when a new thread's connection would exceed it, the oldest idle connections of
 * other threads are closed (SQLAlchemy closes the oldest whether or not it is in use; this pool never
 * closes a connection that is checked out, so it may keep more than {@code size} while they all are).
 * {@code size} 0 means no limit.
 *
 * <p>Thread-safe.
 */
public class SingletonThreadPool extends Pool {
    private final int size;
    private final ThreadLocal<ConnectionRecord> threadRecord = new ThreadLocal<>();
    private final ThreadLocal<PooledConnection> threadCheckout = new ThreadLocal<>();
    private final Set<ConnectionRecord> all = new LinkedHashSet<>(); // guarded by itself, oldest first
    /** Bumped by dispose(): records of an older generation are closed when they come back. */
    private volatile int generation;

    /**
     * Creates the pool.
     *
     * @param creator makes driver connections
     * @param config the settings ({@link PoolConfig#size()} is how many threads' connections are kept)
     */
    public SingletonThreadPool(ConnectionCreator creator, PoolConfig config) {
        super(creator, config);
        this.size = config.size();
    }

    /**
     * {@inheritDoc}
     *
     * @return {@code SingletonThreadPool id:<identity> size: <connections kept>}
     */
    @Override
    public String status() {
        int n;
        synchronized (all) {
            n = all.size();
        }
        return "SingletonThreadPool id:" + System.identityHashCode(this) + " size: " + n;
    }

    @Override
    public PoolStatistics statistics() {
        int idle = 0;
        int out = 0;
        synchronized (all) {
            for (ConnectionRecord r : all) {
                if (r.state() == ConnectionRecord.IDLE) {
                    idle++;
                } else if (r.state() == ConnectionRecord.IN_USE) {
                    out++;
                }
            }
        }
        return new PoolStatistics(size, 0, idle, out, 0, 0, invalidationCount());
    }

    @Override
    public Pool recreate() {
        return recreateSameClass();
    }

    /** Closes every idle connection; those checked out now are closed when returned. */
    @Override
    public void dispose() {
        List<ConnectionRecord> closing = new ArrayList<>();
        synchronized (all) {
            generation++;
            for (Iterator<ConnectionRecord> it = all.iterator(); it.hasNext();) {
                ConnectionRecord r = it.next();
                if (r.casState(ConnectionRecord.IDLE, ConnectionRecord.REMOVED)) {
                    it.remove();
                    closing.add(r);
                }
            }
        }
        for (ConnectionRecord r : closing) {
            r.close();
        }
        events.poolMessage("Pool disposed. " + status());
    }

    /**
     * Returns this thread's open checkout again (counting one more nested checkout), or checks out this
     * thread's connection.
     */
    @Override
    public PooledConnection connect() {
        PooledConnection current = threadCheckout.get();
        if (current != null && !current.isClosed()) {
            current.nest();
            return current;
        }
        PooledConnection h = super.connect();
        threadCheckout.set(h);
        return h;
    }

    /** Returns this thread's record, or a new one (closing the oldest idle beyond the size). */
    @Override
    protected ConnectionRecord doGet() {
        ConnectionRecord r = threadRecord.get();
        if (r != null && r.casState(ConnectionRecord.IDLE, ConnectionRecord.IN_USE)) {
            return r;
        }
        r = createConnection();
        r.generation = generation;
        threadRecord.set(r);
        List<ConnectionRecord> evicted = new ArrayList<>();
        synchronized (all) {
            all.add(r);
            for (Iterator<ConnectionRecord> it = all.iterator(); size > 0 && it.hasNext()
                    && all.size() > size;) {
                ConnectionRecord old = it.next();
                if (old.casState(ConnectionRecord.IDLE, ConnectionRecord.REMOVED)) {
                    it.remove();
                    evicted.add(old);
                }
            }
        }
        for (ConnectionRecord old : evicted) {
            old.close();
        }
        return r;
    }

    @Override
    protected void doReturnConn(ConnectionRecord record) {
        if (record.generation != generation) {
            record.setState(ConnectionRecord.REMOVED);
            synchronized (all) {
                all.remove(record);
            }
            record.close();
            return;
        }
        record.setState(ConnectionRecord.IDLE);
    }
}
