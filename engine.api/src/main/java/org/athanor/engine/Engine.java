package org.athanor.engine;

import org.athanor.pool.Pool;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The home base for one database: a {@link URL}, a {@link org.athanor.dialect.Dialect} and a {@link Pool}
 * of driver connections. Create one per database and keep it for the life of the application (seed 001);
 * it is meant to be called upon concurrently.
 *
 * <p>Connectionless {@code execute(...)} checks out a connection of its own (or, with the
 * {@link Strategy#THREADLOCAL} strategy, shares the thread's) and returns it to the pool when the result is
 * exhausted or closed.
 *
 * <p>Thread-safe.
 */
@ProviderType
public interface Engine extends Connectable, AutoCloseable {

    /**
     * Returns the URL this engine connects to; its {@code toString()} masks the password.
     *
     * @return the URL
     */
    URL url();

    /**
     * Returns the options this engine was created with.
     *
     * @return the options
     */
    EngineOptions options();

    /**
     * Returns this engine's pool.
     *
     * @return the pool
     */
    Pool pool();

    /**
     * Checks a connection out of the pool. Always a distinct connection, whatever the strategy.
     *
     * @return a connection; close it (try-with-resources) to return it to the pool
     * @throws org.athanor.exc.PoolTimeoutException if none became free within the pool timeout
     * @throws org.athanor.exc.OperationalException if the database could not be reached
     */
    Connection connect();

    /**
     * Begins a transaction. With the plain strategy this checks out a new connection and begins a
     * transaction on it; closing the returned transaction rolls it back unless it was committed and then
     * returns the connection to the pool. With the threadlocal strategy it begins (or nests into) the
     * transaction of the thread's contextual connection, to be ended with {@link #commit()} or
     * {@link #rollback()} or through the returned object.
     *
     * <pre>{@code
     * try (Transaction tx = engine.begin()) {
     *     tx.connection().execute("insert into t values (1)");
     *     tx.commit();          // success: commit
     * }                         // an exception skips commit(): close() rolls back
     * }</pre>
     *
     * @return the transaction; {@link Transaction#connection()} is the connection to execute on
     */
    Transaction begin();

    /**
     * Runs work in a transaction on a new connection: commits if the work returns normally, rolls back and
     * rethrows if it throws, and returns the connection to the pool either way.
     *
     * @param work the work
     * @param <T> what the work returns
     * @return what the work returned
     */
    <T> T transaction(TransactionWork<T> work);

    /**
     * Commits the thread's transaction begun with {@link #begin()} (threadlocal strategy only).
     *
     * @throws org.athanor.exc.InvalidRequestException with the plain strategy, or when the thread has no
     *     transaction
     */
    void commit();

    /**
     * Rolls back the thread's transaction begun with {@link #begin()} (threadlocal strategy only).
     *
     * @throws org.athanor.exc.InvalidRequestException with the plain strategy, or when the thread has no
     *     transaction
     */
    void rollback();

    /**
     * Returns a copy of this engine that shares its pool and dialect but applies these execution options
     * (merged over its own) to everything executed through it.
     *
     * @param options the options
     * @return the new engine; disposing either disposes the shared pool
     */
    Engine executionOptions(ExecutionOptions options);

    /**
     * Returns the engine's execution options.
     *
     * @return the options
     */
    ExecutionOptions executionOptions();

    /**
     * Disposes the pool: closes every checked-in connection and makes the engine unusable. Connections
     * checked out now are closed when returned. Idempotent.
     */
    void dispose();

    /**
     * Tells whether {@link #dispose()} has been called (or the dialect went away).
     *
     * @return whether disposed
     */
    boolean isDisposed();

    /** Same as {@link #dispose()}. */
    @Override
    void close();
}
