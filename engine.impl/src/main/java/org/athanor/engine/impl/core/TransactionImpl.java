package org.athanor.engine.impl.core;

import org.athanor.engine.Connection;
import org.athanor.engine.Transaction;
import org.athanor.exc.InvalidRequestException;

/**
 * A transaction on a connection, of one of three kinds, as SQLAlchemy's {@code RootTransaction},
 * {@code Transaction} (a nested begin that only counts) and {@code NestedTransaction} (a SAVEPOINT):
 * <ul>
 * <li>root: the outermost {@code begin()}; its commit commits, its rollback rolls back;</li>
 * <li>marker: a {@code begin()} while a transaction is in progress; its commit only marks it finished (and
 * fails if the enclosing transaction is no longer active), its rollback rolls back the enclosing one, and so
 * the whole;</li>
 * <li>savepoint: from {@code beginNested()}; commit releases the savepoint, rollback rolls back to it.</li>
 * </ul>
 * A transaction is active while it was neither committed nor rolled back and its enclosing one is active.
 *
 * <p>Not thread-safe: used by the thread that owns the connection.
 */
final class TransactionImpl implements Transaction {
    private enum Kind { ROOT, MARKER, SAVEPOINT }

    private final ConnectionCore core;
    private final ConnectionImpl handle;
    private final Kind kind;
    private final TransactionImpl parent;
    private final String savepoint;
    private boolean active = true;

    private TransactionImpl(ConnectionCore core, ConnectionImpl handle, Kind kind, TransactionImpl parent,
            String savepoint) {
        this.core = core;
        this.handle = handle;
        this.kind = kind;
        this.parent = parent;
        this.savepoint = savepoint;
    }

    static TransactionImpl root(ConnectionCore core, ConnectionImpl handle) {
        return new TransactionImpl(core, handle, Kind.ROOT, null, null);
    }

    static TransactionImpl marker(ConnectionCore core, ConnectionImpl handle, TransactionImpl enclosing) {
        return new TransactionImpl(core, handle, Kind.MARKER, enclosing, null);
    }

    static TransactionImpl nested(ConnectionCore core, ConnectionImpl handle, TransactionImpl enclosing,
            String savepoint) {
        return new TransactionImpl(core, handle, Kind.SAVEPOINT, enclosing, savepoint);
    }

    TransactionImpl parent() {
        return parent;
    }

    String savepoint() {
        return savepoint;
    }

    /** The connection was returned or invalidated: the whole transaction is over. */
    void rootDeactivated() {
        for (TransactionImpl t = this; t != null; t = t.parent) {
            t.active = false;
        }
    }

    @Override
    public Connection connection() {
        return handle;
    }

    @Override
    public boolean isActive() {
        return active && (parent == null || parent.isActive()) && !core.isInvalidated() && !core.isClosed();
    }

    @Override
    public boolean isNested() {
        return kind == Kind.SAVEPOINT;
    }

    @Override
    public void commit() {
        if (!isActive()) {
            throw new InvalidRequestException("This transaction is inactive: it was already committed or rolled"
                    + " back, or an enclosing or nested transaction rolled back the whole. Begin a new"
                    + " transaction.");
        }
        switch (kind) {
            case ROOT -> {
                core.commitRoot();
                active = false;
            }
            case MARKER -> active = false;
            case SAVEPOINT -> {
                core.releaseSavepoint(this);
                active = false;
            }
        }
    }

    @Override
    public void rollback() {
        if (!isActive()) {
            return;
        }
        switch (kind) {
            case ROOT -> {
                active = false;
                core.rollbackRoot();
            }
            case MARKER -> {
                active = false;
                parent.rollback();
            }
            case SAVEPOINT -> {
                active = false;
                core.rollbackToSavepoint(this);
            }
        }
    }

    @Override
    public void close() {
        if (isActive()) {
            rollback();
        }
    }

    @Override
    public String toString() {
        return "Transaction[" + kind.name().toLowerCase(java.util.Locale.ROOT)
                + (savepoint != null ? " " + savepoint : "") + (isActive() ? ", active" : ", inactive") + "]";
    }
}
