package org.athanor.pool;

/**
 * A pool of driver connections (SQLAlchemy's {@code Pool}): {@link #connect()} checks one out as a
 * {@link PooledConnection}, whose {@code close()} checks it back in after resetting it.
 *
 * <p>Subclasses decide how records are kept by implementing {@link #doGet()} and
 * {@link #doReturnConn(ConnectionRecord)}; the base class handles creation through the
 * {@link ConnectionCreator}, reset on return, pre-ping, recycle, invalidation and events. Seed 002's
 * sharing pool overrides {@code doGet} to return {@code createConnection()}, and makes
 * {@code doReturnConn}, {@code closeConnection} and {@code dispose} do nothing.
 *
 * <p>Thread-safe: every public method may be called from any thread. Subclasses must keep it so.
 */
public abstract class Pool {
    // PLACEHOLDER SIGNATURES: the pool implementation replaces these bodies.

    /**
     * Creates a pool.
     *
     * @param creator makes driver connections
     * @param config the settings
     */
    protected Pool(ConnectionCreator creator, PoolConfig config) {
        throw new UnsupportedOperationException("pool implementation pending");
    }

    /**
     * Checks a connection out of the pool, creating one if the pool allows.
     *
     * @return the checked-out connection; close it to return it
     * @throws org.athanor.exc.PoolTimeoutException if none became free within the timeout
     * @throws org.athanor.exc.OperationalException if a new connection could not be made
     */
    public PooledConnection connect() {
        throw new UnsupportedOperationException();
    }

    /**
     * Describes the pool's state in one line, for logs and the shell.
     *
     * @return the status
     */
    public abstract String status();

    /**
     * Returns the pool's figures now.
     *
     * @return the statistics
     */
    public abstract PoolStatistics statistics();

    /**
     * Returns a new, empty pool with the same class, creator and settings (used after the whole pool is
     * invalidated, and by {@code Engine.dispose()}).
     *
     * @return the new pool
     */
    public abstract Pool recreate();

    /**
     * Closes every checked-in connection; connections checked out now are closed when returned. The pool
     * stays usable (new checkouts open new connections), as in SQLAlchemy.
     */
    public abstract void dispose();

    /**
     * Marks every connection created before now as stale: each is closed and replaced at its next checkout
     * (what the pool does after a disconnect error, as SQLAlchemy does).
     */
    public void invalidateAll() {
        throw new UnsupportedOperationException();
    }

    /**
     * Adds a listener.
     *
     * @param listener the listener
     */
    public void addListener(PoolListener listener) {
        throw new UnsupportedOperationException();
    }

    /**
     * Removes a listener.
     *
     * @param listener the listener
     */
    public void removeListener(PoolListener listener) {
        throw new UnsupportedOperationException();
    }

    /**
     * Returns the settings.
     *
     * @return the configuration
     */
    public PoolConfig config() {
        throw new UnsupportedOperationException();
    }

    /**
     * Returns the creator of driver connections.
     *
     * @return the creator
     */
    public ConnectionCreator creator() {
        throw new UnsupportedOperationException();
    }

    /**
     * Takes a record to check out: an idle one, or a new one from {@link #createConnection()}.
     *
     * @return the record
     */
    protected abstract ConnectionRecord doGet();

    /**
     * Takes back a record whose connection was checked in (after reset).
     *
     * @param record the record
     */
    protected abstract void doReturnConn(ConnectionRecord record);

    /**
     * Creates a record with a new driver connection from the creator, firing connect events.
     *
     * @return the record
     */
    protected ConnectionRecord createConnection() {
        throw new UnsupportedOperationException();
    }

    /**
     * Closes a driver connection for good, firing the close event; errors are logged.
     *
     * @param connection the driver connection
     */
    protected void closeConnection(java.sql.Connection connection) {
        throw new UnsupportedOperationException();
    }
}
