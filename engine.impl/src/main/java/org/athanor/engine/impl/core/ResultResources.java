package org.athanor.engine.impl.core;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.athanor.engine.ValueProcessor;
import org.athanor.engine.impl.result.Columns;

/**
 * The rows side of a result with rows: its driver resources (statement and result set), its columns and
 * value processors, the statement's text and parameters for error messages, and, for connectionless
 * execution, the lease on its connection. It is also the result's {@link Reclaimer.Tracked} reference:
 * closed explicitly when the result is closed or exhausted, or reclaimed when the result became unreachable
 * first, in which case a connection it held is returned to the pool with a warning. It never references the
 * result.
 *
 * <p>Thread-safe: the owner thread, the reclaimer's thread and a connection being returned may all try to
 * close it; only the first does.
 */
final class ResultResources extends Reclaimer.Tracked {
    private static final VarHandle DONE;

    static {
        try {
            DONE = MethodHandles.lookup().findVarHandle(ResultResources.class, "done", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final ConnectionCore core;
    final Columns columns;
    /** One per column, {@code null} where the value is taken as the driver gives it; or {@code null}. */
    final ValueProcessor[] processors;
    final String sql;
    final List<Object> parameters;
    private final PreparedStatement statement;
    private final ResultSet resultSet;
    private final Lease lease;
    private volatile boolean closedByConnection;
    @SuppressWarnings("unused")
    private volatile boolean done;

    /** Links in the connection's {@link OpenResults}, guarded by its lock. */
    ResultResources openPrev;
    ResultResources openNext;
    boolean open;

    ResultResources(ResultImpl result, ConnectionCore core, Columns columns, ValueProcessor[] processors,
            String sql, List<Object> parameters, PreparedStatement statement, ResultSet resultSet, Lease lease) {
        super(result);
        this.core = core;
        this.columns = columns;
        this.processors = processors;
        this.sql = sql;
        this.parameters = parameters;
        this.statement = statement;
        this.resultSet = resultSet;
        this.lease = lease;
        track();
        core.resultOpened(this);
    }

    ResultSet resultSet() {
        return resultSet;
    }

    boolean isClosedByConnection() {
        return closedByConnection;
    }

    boolean isDone() {
        return done;
    }

    private boolean markDone() {
        return DONE.compareAndSet(this, false, true);
    }

    /** The owner closed the result or read it to the end: close and release at once, without a warning. */
    void closeExplicitly() {
        if (untrack()) {
            close(false);
        }
    }

    /** The result became unreachable while open. */
    @Override
    void reclaim() {
        close(true);
    }

    private void close(boolean reclaimed) {
        if (!markDone()) {
            return;
        }
        if (reclaimed && lease != null && !lease.isReleased()) {
            Reclaimer.warn(core, "A Result of a connectionless execution on " + core.engine().url() + " was"
                    + " neither read to the end nor closed; its connection was returned to the pool when the result"
                    + " became unreachable. It was executed at " + Origin.describe(core.origin())
                    + ". Close results (try-with-resources) or read them to the end. [SQL: " + sql + "]");
        }
        closeDriverResources();
        core.resultClosed(this);
        if (lease != null) {
            lease.release();
        }
    }

    /**
     * The connection is being returned or invalidated: close the driver resources now. A lease the result
     * holds stays held (as before: the result's own close finds it done and does nothing more).
     */
    void closeByConnection() {
        if (markDone()) {
            closedByConnection = true;
            closeDriverResources();
        }
    }

    private void closeDriverResources() {
        try {
            resultSet.close();
        } catch (SQLException | RuntimeException ignored) {
            // closing the statement below releases it anyway
        }
        StatementRunner.closeQuietly(statement);
    }
}
