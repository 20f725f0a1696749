package org.athanor.pool;

/**
 * A pool that keeps up to {@code size} idle connections and allows {@code maxOverflow} more to be open at once; a checkout beyond that waits up to the timeout, then fails with {@link org.athanor.exc.PoolTimeoutException}. The default pool.
 *
 * <p>Thread-safe.
 */
public class QueuePool extends Pool {
    // PLACEHOLDER: the pool implementation replaces this class.

    /**
     * Creates the pool.
     *
     * @param creator makes driver connections
     * @param config the settings
     */
    public QueuePool(ConnectionCreator creator, PoolConfig config) {
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
