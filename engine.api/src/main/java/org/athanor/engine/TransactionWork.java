package org.athanor.engine;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Work run inside a transaction by {@link Engine#transaction(TransactionWork)} or
 * {@link Connection#transaction(TransactionWork)}.
 *
 * <p>Implementations are called on the caller's thread and need no thread safety of their own.
 *
 * @param <T> what the work returns
 */
@ConsumerType
@FunctionalInterface
public interface TransactionWork<T> {

    /**
     * Does the work.
     *
     * @param connection the connection the transaction is on
     * @return a value for the caller
     * @throws Exception anything; the transaction is then rolled back and the exception rethrown
     *     (checked exceptions wrapped in an {@link org.athanor.exc.AthanorException})
     */
    T run(Connection connection) throws Exception;
}
