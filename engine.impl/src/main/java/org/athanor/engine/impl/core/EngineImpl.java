package org.athanor.engine.impl.core;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.athanor.dialect.Dialect;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;
import org.athanor.engine.Executable;
import org.athanor.engine.ExecutionOptions;
import org.athanor.engine.Result;
import org.athanor.engine.Strategy;
import org.athanor.engine.Transaction;
import org.athanor.engine.TransactionWork;
import org.athanor.engine.URL;
import org.athanor.exc.InvalidRequestException;
import org.athanor.pool.Pool;

/**
 * The engine: a facade over the {@link EngineState} that all its copies share, carrying the execution options
 * of this copy. Connections come from {@link #connect()} (always distinct) or {@link #contextualConnect()}
 * (with the threadlocal strategy, the thread's shared connection); connectionless {@code execute} gives its
 * result the connection's lease, so the connection returns to the pool when the result is exhausted or closed.
 *
 * <p>Thread-safe.
 */
final class EngineImpl implements Engine {
    private final EngineState state;
    private final ExecutionOptions options;
    private final boolean threadLocal;

    EngineImpl(EngineState state, ExecutionOptions options) {
        this.state = state;
        this.options = options;
        this.threadLocal = state.options().strategy() == Strategy.THREADLOCAL;
    }

    EngineState state() {
        return state;
    }

    @Override
    public URL url() {
        return state.url();
    }

    @Override
    public EngineOptions options() {
        return state.options();
    }

    @Override
    public Pool pool() {
        return state.pool();
    }

    @Override
    public Dialect dialect() {
        return state.dialect();
    }

    // ------------------------------------------------------------------ connections

    @Override
    public Connection connect() {
        return fresh(false);
    }

    @Override
    public Connection contextualConnect() {
        return contextual(false);
    }

    /** A handle on a fresh checkout; applies this copy's isolation level option, if any. */
    private ConnectionImpl fresh(boolean connectionless) {
        ConnectionImpl handle = ConnectionImpl.open(this, state.checkout(), connectionless);
        String level = options.isolationLevel();
        if (level != null) {
            try {
                handle.core().applyIsolationOption(level);
            } catch (RuntimeException e) {
                release(handle);
                throw e;
            }
        }
        return handle;
    }

    /** With the threadlocal strategy, a handle on the thread's connection (checked out if it has none). */
    private ConnectionImpl contextual(boolean connectionless) {
        if (!threadLocal) {
            return fresh(connectionless);
        }
        state.checkUsable();
        ConnectionCore core = state.threadCore().get();
        if (core != null) {
            ConnectionImpl shared = ConnectionImpl.share(this, core, connectionless);
            if (shared != null) {
                return shared;
            }
        }
        ConnectionImpl handle = fresh(connectionless);
        state.threadCore().set(handle.core());
        return handle;
    }

    /** Releases a handle's lease, whichever kind it holds. */
    private static void release(ConnectionImpl handle) {
        Lease l = handle.resultLease();
        if (l != null) {
            l.release();
        }
        handle.close();
    }

    // ------------------------------------------------------------------ connectionless execution

    private Result connectionless(Function<Connection, Result> work) {
        ConnectionImpl handle = contextual(true);
        Lease lease = handle.resultLease();
        try {
            return work.apply(handle);
        } catch (RuntimeException | Error e) {
            lease.release();
            throw e;
        }
    }

    @Override
    public Result execute(String sql, Object... parameters) {
        return connectionless(c -> c.execute(sql, parameters));
    }

    @Override
    public Result execute(String sql, Map<String, ?> parameters) {
        return connectionless(c -> c.execute(sql, parameters));
    }

    @Override
    public Result executeMany(String sql, List<? extends Map<String, ?>> parameterSets) {
        return connectionless(c -> c.executeMany(sql, parameterSets));
    }

    @Override
    public Result execute(Executable statement) {
        return connectionless(c -> c.execute(statement));
    }

    @Override
    public Result execute(Executable statement, Map<String, ?> parameters) {
        return connectionless(c -> c.execute(statement, parameters));
    }

    @Override
    public Result execute(Executable statement, List<? extends Map<String, ?>> parameterSets) {
        return connectionless(c -> c.execute(statement, parameterSets));
    }

    // ------------------------------------------------------------------ transactions

    @Override
    public Transaction begin() {
        if (threadLocal) {
            ConnectionImpl handle = contextual(false);
            Transaction tx;
            try {
                tx = handle.begin();
            } catch (RuntimeException | Error e) {
                handle.close();
                throw e;
            }
            ArrayDeque<ThreadLocalTransaction> stack = state.threadTransactions();
            ThreadLocalTransaction tlt = new ThreadLocalTransaction(tx, handle, stack);
            stack.push(tlt);
            return tlt;
        }
        Connection connection = connect();
        try {
            return new EngineTransaction(connection.begin(), connection);
        } catch (RuntimeException | Error e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public <T> T transaction(TransactionWork<T> work) {
        try (Connection connection = contextualConnect()) {
            return ConnectionImpl.runInTransaction(connection.begin(), connection, work);
        }
    }

    @Override
    public void commit() {
        innermost("commit").commit();
    }

    @Override
    public void rollback() {
        innermost("rollback").rollback();
    }

    private ThreadLocalTransaction innermost(String what) {
        if (!threadLocal) {
            throw new InvalidRequestException("engine." + what + "() is for engines with the threadlocal strategy;"
                    + " with the plain strategy, call " + what + "() on the Transaction that begin() returned.");
        }
        ThreadLocalTransaction tx = state.threadTransactions().peek();
        if (tx == null) {
            throw new InvalidRequestException("engine." + what + "() found no transaction begun on this thread;"
                    + " call engine.begin() first.");
        }
        return tx;
    }

    // ------------------------------------------------------------------ options and lifecycle

    @Override
    public Engine executionOptions(ExecutionOptions more) {
        state.checkUsable();
        if (more != null && more.isolationLevel() != null) {
            EngineState.checkIsolationLevel(state.dialect(), more.isolationLevel());
        }
        return new EngineImpl(state, options.merge(more));
    }

    @Override
    public ExecutionOptions executionOptions() {
        return options;
    }

    @Override
    public void dispose() {
        state.dispose();
    }

    @Override
    public boolean isDisposed() {
        return state.isDisposed();
    }

    @Override
    public void close() {
        dispose();
    }

    @Override
    public String toString() {
        return "Engine[" + state.url() + "]";
    }
}
