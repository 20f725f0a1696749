package org.athanor.pool;

/**
 * A pool that allows only one connection to be checked out at a time and fails on a second checkout; for finding code that holds two connections.
 *
 * <p>Thread-safe.
 */
public class AssertionPool extends Pool {
    // PLACEHOLDER: the pool implementation replaces this class.

    /**
     * Creates the pool.
     *
     * @param creator makes driver connections
     * @param config the settings
     */
    public AssertionPool(ConnectionCreator creator, PoolConfig config) {
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
