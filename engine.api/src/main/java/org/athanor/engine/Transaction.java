package org.athanor.engine;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A transaction on one {@link Connection}, from {@link Connection#begin()}, {@link Connection#beginNested()}
 * or {@link Engine#begin()}.
 *
 * <p>Begin calls nest by counting (seed 003): a {@code begin()} while a transaction is in progress returns a
 * transaction whose {@code commit()} only marks it finished; only the outermost commit commits. A
 * {@code rollback()} at any level rolls back the whole transaction, after which the outer transaction is
 * inactive and its {@code commit()} fails. {@link Connection#beginNested()} is different: it sets a
 * SAVEPOINT, and its rollback undoes only the work since then.
 *
 * <p>{@link #close()} rolls back if the transaction is still active (it was neither committed nor rolled
 * back), so with try-with-resources the success path ends with {@code commit()} and any exception leads to
 * a rollback.
 *
 * <p>Not thread-safe: use it on the thread that owns the connection.
 */
@ProviderType
public interface Transaction extends AutoCloseable {

    /**
     * Returns the connection this transaction is on.
     *
     * @return the connection
     */
    Connection connection();

    /**
     * Tells whether the transaction can still be committed or rolled back.
     *
     * @return whether active
     */
    boolean isActive();

    /**
     * Tells whether this is a SAVEPOINT transaction from {@link Connection#beginNested()}.
     *
     * @return whether nested with a savepoint
     */
    boolean isNested();

    /**
     * Commits: at the outermost level, commits the database transaction; inside another transaction,
     * marks this one finished; for a savepoint, releases it.
     *
     * @throws org.athanor.exc.InvalidRequestException if the transaction is no longer active
     */
    void commit();

    /**
     * Rolls back: for a savepoint, to the savepoint; otherwise the whole database transaction. Does
     * nothing if already inactive.
     */
    void rollback();

    /**
     * Rolls back if still active; for a transaction from {@link Engine#begin()}, also closes its connection.
     */
    @Override
    void close();
}
