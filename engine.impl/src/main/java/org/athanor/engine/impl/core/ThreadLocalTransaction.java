package org.athanor.engine.impl.core;

import java.util.ArrayDeque;
import org.athanor.engine.Connection;
import org.athanor.engine.Transaction;

/**
 * A transaction begun with {@code engine.begin()} under the threadlocal strategy (seed 001's
 * {@code db.begin(); call_operation1(); call_operation2(); db.commit()}): it runs on the thread's contextual
 * connection, holds a lease on it until it ends, and sits on the thread's stack so that
 * {@code engine.commit()} and {@code engine.rollback()} can end the innermost one. A second
 * {@code engine.begin()} on the same thread nests by counting, as {@code Connection.begin()} does.
 *
 * <p>Not thread-safe: it belongs to the thread that began it.
 */
final class ThreadLocalTransaction implements Transaction {
    private final Transaction transaction;
    private final ConnectionImpl handle;
    private final ArrayDeque<ThreadLocalTransaction> stack;
    private boolean ended;

    ThreadLocalTransaction(Transaction transaction, ConnectionImpl handle, ArrayDeque<ThreadLocalTransaction> stack) {
        this.transaction = transaction;
        this.handle = handle;
        this.stack = stack;
    }

    @Override
    public Connection connection() {
        return handle;
    }

    @Override
    public boolean isActive() {
        return !ended && transaction.isActive();
    }

    @Override
    public boolean isNested() {
        return transaction.isNested();
    }

    @Override
    public void commit() {
        try {
            transaction.commit();
        } finally {
            end();
        }
    }

    @Override
    public void rollback() {
        try {
            transaction.rollback();
        } finally {
            end();
        }
    }

    @Override
    public void close() {
        if (ended) {
            return;
        }
        try {
            transaction.close();
        } finally {
            end();
        }
    }

    private void end() {
        if (!ended) {
            ended = true;
            stack.remove(this);
            handle.close();
        }
    }
}
