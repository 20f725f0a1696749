package org.athanor.pool;

/**
 * A pool of exactly one connection, shared by every checkout; for a single-connection database such as SQLite in memory shared across threads.
 *
 * <p>Thread-safe.
 */
public class StaticPool extends Pool {
    // PLACEHOLDER: the pool implementation replaces this class.

    /**
     * Creates the pool.
     *
     * @param creator makes driver connections
     * @param config the settings
     */
    public StaticPool(ConnectionCreator creator, PoolConfig config) {
        super(creator, config);
    }

    @Override
    public String status() {
        throw new UnsupportedOperationException();
    }

    @Override
    public PoolStatistics statistics() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Pool recreate() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void dispose() {
        throw new UnsupportedOperationException();
    }

    @Override
    protected ConnectionRecord doGet() {
        throw new UnsupportedOperationException();
    }

    @Override
    protected void doReturnConn(ConnectionRecord record) {
        throw new UnsupportedOperationException();
    }
}
