package org.athanor.pool;

/**
 * A pool that keeps one connection per thread, for SQLite in-memory databases (each thread sees its own database, as in SQLAlchemy).
 *
 * <p>Thread-safe.
 */
public class SingletonThreadPool extends Pool {
    // PLACEHOLDER: the pool implementation replaces this class.

    /**
     * Creates the pool.
     *
     * @param creator makes driver connections
     * @param config the settings
     */
    public SingletonThreadPool(ConnectionCreator creator, PoolConfig config) {
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
