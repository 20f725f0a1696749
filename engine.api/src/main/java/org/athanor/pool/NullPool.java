package org.athanor.pool;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A pool that does not pool: each checkout opens a new connection and each checkin closes it.
 *
 * <p>Recycle and {@code invalidateAll} mean little here, since no connection outlives its checkout. This is
 * the class to subclass for a pool that borrows connections another framework owns (seed 002): pass a
 * creator that hands out the borrowed connection and {@code ResetOnReturn.NONE}, override {@link #doGet()}
 * to {@code return createConnection()}, and make {@link #doReturnConn}, {@link #closeConnection} and
 * {@link #dispose()} do nothing.
 *
 * <p>Thread-safe.
 */
public class NullPool extends Pool {
    private final AtomicInteger checkedOut = new AtomicInteger();

    /**
     * Creates the pool.
     *
     * @param creator makes driver connections
     * @param config the settings (size, overflow and timeout do not apply)
     */
    public NullPool(ConnectionCreator creator, PoolConfig config) {
        super(creator, config);
    }

    /** @return {@code NullPool} */
    @Override
    public String status() {
        return "NullPool";
    }

    @Override
    public PoolStatistics statistics() {
        return new PoolStatistics(0, 0, 0, checkedOut.get(), 0, 0, invalidationCount());
    }

    @Override
    public Pool recreate() {
        return recreateSameClass();
    }

    /** Does nothing: a null pool keeps no connections. */
    @Override
    public void dispose() {
    }

    /** Opens a new connection. */
    @Override
    protected ConnectionRecord doGet() {
        ConnectionRecord r = createConnection();
        checkedOut.incrementAndGet();
        return r;
    }

    /** Closes the returned connection. */
    @Override
    protected void doReturnConn(ConnectionRecord record) {
        checkedOut.decrementAndGet();
        record.close();
    }
}
