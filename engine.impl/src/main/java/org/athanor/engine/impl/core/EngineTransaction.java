package org.athanor.engine.impl.core;

import org.athanor.engine.Connection;
import org.athanor.engine.Transaction;

/**
 * The transaction {@code engine.begin()} returns with the plain strategy: a transaction on a connection of
 * its own, which {@link #close()} returns to the pool after rolling back anything not committed.
 *
 * <pre>{@code
 * try (Transaction tx = engine.begin()) {
 *     tx.connection().execute("insert into t values (1)");
 *     tx.commit();
 * }
 * }</pre>
 *
 * <p>Not thread-safe: use it on the thread that began it.
 */
final class EngineTransaction implements Transaction {
    private final Transaction transaction;
    private final Connection connection;

    EngineTransaction(Transaction transaction, Connection connection) {
        this.transaction = transaction;
        this.connection = connection;
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public boolean isActive() {
        return transaction.isActive();
    }

    @Override
    public boolean isNested() {
        return false;
    }

    @Override
    public void commit() {
        transaction.commit();
    }

    @Override
    public void rollback() {
        transaction.rollback();
    }

    @Override
    public void close() {
        try {
            transaction.close();
        } finally {
            connection.close();
        }
    }

    @Override
    public String toString() {
        return "Engine" + transaction;
    }
}
