package org.athanor.engine.impl.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.athanor.dialect.Dialect;
import org.athanor.engine.Compiled;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.Executable;
import org.athanor.engine.ExecutionOptions;
import org.athanor.engine.Result;
import org.athanor.engine.Transaction;
import org.athanor.engine.TransactionWork;
import org.athanor.engine.impl.text.TextStatement;
import org.athanor.exc.ArgumentException;
import org.athanor.exc.AthanorException;
import org.athanor.exc.ResourceClosedException;

/**
 * A connection handle: the {@link Connection} users hold. A main handle holds a {@link Lease} on its
 * {@link ConnectionCore}, which the {@link Reclaimer} tracks; a branch (from
 * {@link #executionOptions(ExecutionOptions)} or {@link #contextualConnect()}) shares the core and the
 * transaction without a lease of its own, and keeps its parent reachable.
 *
 * <p>Not thread-safe: one thread at a time.
 */
final class ConnectionImpl implements Connection {
    private final EngineImpl engine;
    private final ConnectionCore core;
    private final ExecutionOptions options;
    private final ConnectionImpl parent;
    /** A main handle's lease (set once, by the factory), tracked with this handle as its referent. */
    private Lease lease;
    /** For the engine's connectionless execution: the lease the next result takes (close-with-result). */
    private Lease resultLease;
    private boolean closed;

    private ConnectionImpl(EngineImpl engine, ConnectionCore core, ExecutionOptions options, ConnectionImpl parent) {
        this.engine = engine;
        this.core = core;
        this.options = options;
        this.parent = parent;
    }

    /**
     * A main handle on a core just checked out: it takes the first lease, which is reclaimed (with a warning) if the handle is
     * never closed. A handle for the engine's own connectionless execution instead leaves the lease untracked
     * for its result to take; the result releases it when closed or exhausted (close-with-result).
     *
     * @param engine the engine
     * @param core the core
     * @param connectionless whether the handle is for connectionless execution
     * @return the handle
     */
    static ConnectionImpl open(EngineImpl engine, ConnectionCore core, boolean connectionless) {
        ConnectionImpl c = new ConnectionImpl(engine, core, engine.executionOptions(), null);
        c.hold(core.firstLease(connectionless ? null : c), connectionless);
        return c;
    }

    /**
     * As {@link #open}, on a core other handles hold (threadlocal sharing), if it is still checked out.
     *
     * @param engine the engine
     * @param core the core
     * @param connectionless whether the handle is for connectionless execution
     * @return the handle, or {@code null} if the core's connection was already returned
     */
    static ConnectionImpl share(EngineImpl engine, ConnectionCore core, boolean connectionless) {
        ConnectionImpl c = new ConnectionImpl(engine, core, engine.executionOptions(), null);
        Lease l = core.tryLease(connectionless ? null : c);
        if (l == null) {
            return null;
        }
        c.hold(l, connectionless);
        return c;
    }

    private void hold(Lease l, boolean connectionless) {
        if (connectionless) {
            resultLease = l;
        } else {
            lease = l;
        }
    }

    /** The lease of a connectionless handle that its next result takes, or {@code null}. */
    Lease resultLease() {
        return resultLease;
    }

    private Lease takeResultLease() {
        Lease l = resultLease;
        resultLease = null;
        return l;
    }

    ConnectionCore core() {
        return core;
    }

    private void checkOpen() {
        if (closed) {
            throw new ResourceClosedException("This Connection is closed; check out a new one with engine.connect().");
        }
        core.checkUsable();
    }

    @Override
    public Engine engine() {
        return engine;
    }

    @Override
    public Dialect dialect() {
        return core.dialect();
    }

    @Override
    public Connection contextualConnect() {
        checkOpen();
        return new ConnectionImpl(engine, core, options, this);
    }

    // ------------------------------------------------------------------ execution

    @Override
    public Result execute(String sql, Object... parameters) {
        checkOpen();
        TextStatement text = core.engine().positionalText(checkSql(sql));
        return StatementRunner.run(core, options, text, TextStatement.positionalValues(parameters), Map.of(), null,
                takeResultLease());
    }

    @Override
    public Result execute(String sql, Map<String, ?> parameters) {
        checkOpen();
        TextStatement text = core.engine().namedText(checkSql(sql));
        Map<String, ?> params = parameters == null ? Map.of() : parameters;
        return StatementRunner.run(core, options, text, text.bind(params), params, null, takeResultLease());
    }

    @Override
    public Result executeMany(String sql, List<? extends Map<String, ?>> parameterSets) {
        checkOpen();
        TextStatement text = core.engine().namedText(checkSql(sql));
        return StatementRunner.runBatch(core, options, text, bindAll(text, parameterSets), null, takeResultLease());
    }

    @Override
    public Result execute(Executable statement) {
        return execute(statement, Map.of());
    }

    @Override
    public Result execute(Executable statement, Map<String, ?> parameters) {
        checkOpen();
        Map<String, ?> params = parameters == null ? Map.of() : parameters;
        Compiled compiled = compile(statement, params);
        return StatementRunner.run(core, options, compiled, compiled.bind(params), params,
                statement.executionOptions(), takeResultLease());
    }

    @Override
    public Result execute(Executable statement, List<? extends Map<String, ?>> parameterSets) {
        checkOpen();
        Compiled compiled = compile(statement, parameterSets == null || parameterSets.isEmpty()
                || parameterSets.get(0) == null ? Map.of() : parameterSets.get(0));
        return StatementRunner.runBatch(core, options, compiled, bindAll(compiled, parameterSets),
                statement.executionOptions(), takeResultLease());
    }

    private static String checkSql(String sql) {
        if (sql == null) {
            throw new ArgumentException("The SQL text to execute must not be null.");
        }
        return sql;
    }

    /** Compiles for the parameter names too: an INSERT or UPDATE without values takes its columns from them. */
    private Compiled compile(Executable statement, Map<String, ?> parameters) {
        if (statement == null) {
            throw new ArgumentException("The statement to execute must not be null.");
        }
        return statement.compile(core.dialect(), parameters);
    }

    private static List<List<Object>> bindAll(Compiled compiled, List<? extends Map<String, ?>> parameterSets) {
        if (parameterSets == null || parameterSets.isEmpty()) {
            throw new ArgumentException("A many-row execution needs at least one parameter map; for none, execute"
                    + " the statement once without parameters.");
        }
        List<List<Object>> out = new ArrayList<>(parameterSets.size());
        for (Map<String, ?> p : parameterSets) {
            out.add(compiled.bind(p == null ? Map.of() : p));
        }
        return out;
    }

    // ------------------------------------------------------------------ transactions

    @Override
    public Transaction begin() {
        checkOpen();
        return core.begin(this);
    }

    @Override
    public Transaction beginNested() {
        checkOpen();
        return core.beginNested(this);
    }

    @Override
    public <T> T transaction(TransactionWork<T> work) {
        Transaction tx = begin();
        return runInTransaction(tx, this, work);
    }

    /** Runs work: commit on normal return, rollback and rethrow on an exception. */
    static <T> T runInTransaction(Transaction tx, Connection connection, TransactionWork<T> work) {
        T value;
        try {
            value = work.run(connection);
        } catch (Throwable t) {
            try {
                tx.rollback();
            } catch (RuntimeException e) {
                t.addSuppressed(e);
            }
            if (t instanceof RuntimeException r) {
                throw r;
            }
            if (t instanceof Error e) {
                throw e;
            }
            throw new AthanorException("The transaction's work failed and was rolled back: " + t, t);
        }
        try {
            tx.commit();
        } catch (RuntimeException e) {
            try {
                tx.rollback();
            } catch (RuntimeException r) {
                e.addSuppressed(r);
            }
            throw e;
        }
        return value;
    }

    @Override
    public boolean inTransaction() {
        return !closed && core.inTransaction();
    }

    // ------------------------------------------------------------------ options and driver access

    @Override
    public Connection executionOptions(ExecutionOptions more) {
        checkOpen();
        ExecutionOptions merged = options.merge(more);
        String level = more == null ? null : more.isolationLevel();
        if (level != null) {
            core.applyIsolationOption(level);
        }
        return new ConnectionImpl(engine, core, merged, this);
    }

    @Override
    public ExecutionOptions executionOptions() {
        return options;
    }

    @Override
    public String isolationLevel() {
        checkOpen();
        return core.isolationLevel();
    }

    @Override
    public java.sql.Connection driverConnection() {
        checkOpen();
        return core.exposeDriver();
    }

    @Override
    public java.sql.Connection detach() {
        checkOpen();
        return core.detach();
    }

    @Override
    public void invalidate(Throwable cause) {
        if (closed) {
            throw new ResourceClosedException("This Connection is closed; there is nothing to invalidate.");
        }
        core.invalidate(cause);
    }

    @Override
    public boolean isInvalidated() {
        return core.isInvalidated();
    }

    @Override
    public boolean isClosed() {
        return closed || core.isClosed();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (lease != null) {
            lease.release();
        }
    }

    /** The parent handle, kept so that a branch keeps it reachable. */
    ConnectionImpl parent() {
        return parent;
    }

    @Override
    public String toString() {
        return "Connection[" + core.engine().url() + (isClosed() ? ", closed" : "")
                + (core.inTransaction() ? ", in transaction" : "") + "]";
    }
}
