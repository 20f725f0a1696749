package org.athanor.engine;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A proxy for one pooled driver connection, checked out of the pool when it is created and returned when
 * it is {@linkplain #close() closed}.
 *
 * <p>Closing returns the driver connection to the pool, which rolls back anything uncommitted (seed 001)
 * unless the engine was created with another {@link ResetOnReturn}. A connection that is never closed is
 * returned to the pool when it becomes unreachable (through {@link java.lang.ref.Cleaner}), with a warning
 * that names where it was checked out; relying on that is a bug.
 *
 * <p>Outside a transaction, statements that change data or schema are committed after they run
 * (library-level autocommit: INSERT, UPDATE, DELETE and DDL, detected in text SQL by pattern); the
 * {@code autocommit} execution option overrides the detection either way.
 *
 * <p>Not thread-safe: one thread at a time. Pass the {@link Engine} between threads, not connections.
 */
@ProviderType
public interface Connection extends Connectable, AutoCloseable {

    /**
     * Returns the engine this connection came from.
     *
     * @return the engine
     */
    Engine engine();

    /**
     * Begins a transaction, or, if one is in progress, a nested begin that only counts (see
     * {@link Transaction}).
     *
     * @return the transaction
     */
    Transaction begin();

    /**
     * Begins a SAVEPOINT transaction inside the current transaction. If no transaction is in progress, this
     * begins an ordinary transaction instead, as SQLAlchemy 1.x does (its {@link Transaction#isNested()} is
     * then false and its commit commits), so that the usual commit-then-close pattern never loses work.
     * Savepoints are named {@code sa_savepoint_1}, {@code sa_savepoint_2}, ... per connection.
     *
     * @return the savepoint transaction, or an ordinary one when none was in progress
     */
    Transaction beginNested();

    /**
     * Runs work in a transaction on this connection: commits if the work returns normally, rolls back and
     * rethrows if it throws. Nests by counting inside a transaction already in progress.
     *
     * @param work the work
     * @param <T> what the work returns
     * @return what the work returned
     */
    <T> T transaction(TransactionWork<T> work);

    /**
     * Tells whether a transaction is in progress.
     *
     * @return whether in a transaction
     */
    boolean inTransaction();

    /**
     * Returns a branch of this connection that applies these execution options (merged over the current
     * ones) to everything executed through it. The branch shares the driver connection and the
     * transaction; closing the branch does not close this connection. An {@code isolation_level} option
     * is applied to the driver connection at once and reset when the connection returns to the pool.
     *
     * @param options the options
     * @return the branch
     */
    Connection executionOptions(ExecutionOptions options);

    /**
     * Returns the connection's execution options (the engine's merged with its own).
     *
     * @return the options
     */
    ExecutionOptions executionOptions();

    /**
     * Returns the isolation level currently in effect on the driver connection, as the dialect names it
     * (for example {@code READ COMMITTED}, {@code SERIALIZABLE} or {@code AUTOCOMMIT}).
     *
     * @return the level
     */
    String isolationLevel();

    /**
     * Returns the driver's connection underneath this one, for work Athanor does not cover. Athanor still
     * manages it: do not close it; anything you change on it is reset (or the connection discarded) when
     * this connection returns to the pool.
     *
     * @return the driver connection
     * @throws org.athanor.exc.ResourceClosedException if this connection is closed
     */
    java.sql.Connection driverConnection();

    /**
     * Detaches the driver connection from the pool (seed 000): the pool forgets it and opens another in its
     * place when needed, and it becomes the caller's, to configure, use and close. This connection stays
     * usable until closed; closing it (or its being reclaimed) then neither returns nor closes the driver
     * connection.
     *
     * @return the detached driver connection, now owned by the caller
     */
    java.sql.Connection detach();

    /**
     * Invalidates the driver connection: it is closed and the pool replaces it. This connection is then
     * unusable until closed, except that a new transaction may not begin; any transaction in progress is
     * lost.
     *
     * @param cause why, for the log; may be {@code null}
     */
    void invalidate(Throwable cause);

    /**
     * Tells whether the driver connection was invalidated.
     *
     * @return whether invalidated
     */
    boolean isInvalidated();

    /**
     * Tells whether this connection is closed.
     *
     * @return whether closed
     */
    boolean isClosed();

    /**
     * Returns the driver connection to the pool (rolling back anything uncommitted, as configured).
     * Idempotent. On a branch from {@link #executionOptions(ExecutionOptions)}, or on a contextual connection
     * that others still use, it only releases this handle.
     */
    @Override
    void close();
}
