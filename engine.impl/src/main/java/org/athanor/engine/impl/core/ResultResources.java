package org.athanor.engine.impl.core;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The driver resources of a result with rows — statement and result set — and, for connectionless execution,
 * the lease on its connection. It is also the result's {@link java.lang.ref.Cleaner} action: run explicitly
 * when the result is closed or exhausted, or by the Cleaner when the result became unreachable first, in
 * which case a connection it held is returned to the pool with a warning. It never references the result.
 *
 * <p>Thread-safe: the owner thread and the Cleaner's thread may both try to close it; only the first does.
 */
final class ResultResources implements Runnable {
    private final ConnectionCore core;
    private final PreparedStatement statement;
    private final ResultSet resultSet;
    private final Lease lease;
    private final String sql;
    private volatile boolean explicit;
    private volatile boolean closedByConnection;
    private boolean done;

    ResultResources(ConnectionCore core, PreparedStatement statement, ResultSet resultSet, Lease lease, String sql) {
        this.core = core;
        this.statement = statement;
        this.resultSet = resultSet;
        this.lease = lease;
        this.sql = sql;
    }

    ResultSet resultSet() {
        return resultSet;
    }

    /** Marks the coming close as the owner's own (no warning). */
    void closingExplicitly() {
        explicit = true;
    }

    boolean isClosedByConnection() {
        return closedByConnection;
    }

    synchronized boolean isDone() {
        return done;
    }

    private synchronized boolean markDone() {
        if (done) {
            return false;
        }
        done = true;
        return true;
    }

    @Override
    public void run() {
        if (!markDone()) {
            return;
        }
        if (!explicit && lease != null && !lease.isReleased()) {
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

    /** The connection is being returned or invalidated: close the driver resources now. */
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
