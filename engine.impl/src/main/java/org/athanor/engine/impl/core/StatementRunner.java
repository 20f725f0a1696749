package org.athanor.engine.impl.core;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.athanor.dialect.Dialect;
import org.athanor.engine.Compiled;
import org.athanor.engine.ExecutionOptions;
import org.athanor.engine.StatementKind;
import org.athanor.exc.AthanorException;
import org.athanor.exc.InterfaceException;

/**
 * Runs one compiled statement (text or expression, they share this path) on a connection core: merges the
 * execution options, applies library-level autocommit, logs it, prepares and binds through the dialect,
 * executes (once, or as a JDBC batch), and builds the {@link ResultImpl}. Driver errors are wrapped by the
 * dialect, after the core has invalidated the connection if the dialect sees a disconnect.
 *
 * <p>Stateless and thread-safe; each call runs on the thread that owns the core.
 */
final class StatementRunner {
    private StatementRunner() {
    }

    /**
     * Executes a statement once.
     *
     * @param core the connection
     * @param connectionOptions the handle's execution options
     * @param compiled the statement
     * @param values the values for its placeholders, in order
     * @param parameters the parameters by name (for the inserted primary key)
     * @param statementOptions the statement's own options, or {@code null}
     * @param lease for connectionless execution, the lease the result takes; otherwise {@code null}
     * @return the result
     */
    static ResultImpl run(ConnectionCore core, ExecutionOptions connectionOptions, Compiled compiled,
            List<Object> values, Map<String, ?> parameters, ExecutionOptions statementOptions, Lease lease) {
        return execute(core, connectionOptions, compiled, values, null, parameters, statementOptions, lease);
    }

    /**
     * Executes a statement once per parameter set, as one JDBC batch.
     *
     * @param core the connection
     * @param connectionOptions the handle's execution options
     * @param compiled the statement
     * @param batch the values for each execution
     * @param statementOptions the statement's own options, or {@code null}
     * @param lease for connectionless execution, the lease the result takes; otherwise {@code null}
     * @return a result with no rows whose rowcount is the sum the driver reports
     */
    static ResultImpl runBatch(ConnectionCore core, ExecutionOptions connectionOptions, Compiled compiled,
            List<List<Object>> batch, ExecutionOptions statementOptions, Lease lease) {
        return execute(core, connectionOptions, compiled, null, batch, Map.of(), statementOptions, lease);
    }

    private static ResultImpl execute(ConnectionCore core, ExecutionOptions connectionOptions, Compiled compiled,
            List<Object> values, List<List<Object>> batch, Map<String, ?> parameters,
            ExecutionOptions statementOptions, Lease lease) {
        core.checkUsable();
        ExecutionOptions options = connectionOptions.merge(statementOptions);
        Dialect dialect = core.dialect();
        String sql = compiled.sql();
        PreparedStatement ps = null;
        try {
            if (compiled.kind() == StatementKind.OTHER && SessionBaseline.changesSession(sql)) {
                core.noteSessionChange();
            }
            boolean commitAfter = core.beforeStatement(compiled, options);
            if (batch == null) {
                core.log().statement(sql, values);
            } else {
                core.log().batch(sql, batch);
            }
            ps = dialect.prepareStatement(core.driver(), compiled, options);
            long count;
            List<Object> key = List.of();
            boolean insert = false;
            if (batch == null) {
                bind(dialect, ps, values);
                ResultSet rs = dialect.execute(ps, compiled);
                if (rs != null) {
                    ResultImpl result = ResultImpl.withRows(core, compiled, values, ps, rs, lease);
                    ps = null;
                    commitAfter(core, commitAfter, result);
                    return result;
                }
                count = ps.getUpdateCount();
                insert = compiled.kind() == StatementKind.INSERT;
                if (insert && !compiled.primaryKeyColumns().isEmpty()) {
                    key = dialect.insertedPrimaryKey(ps, compiled, parameters);
                }
            } else {
                for (List<Object> row : batch) {
                    bind(dialect, ps, row);
                    ps.addBatch();
                }
                count = sum(ps.executeBatch());
            }
            ps.close();
            ps = null;
            commitAfter(core, commitAfter, null);
            // last: a connectionless result without rows releases the connection at once
            return ResultImpl.withoutRows(count, insert, key, lease);
        } catch (SQLException e) {
            closeQuietly(ps);
            throw core.handle(e, sql, batch == null ? values : batch);
        } catch (AthanorException | Error e) {
            closeQuietly(ps);
            throw e;
        } catch (RuntimeException e) {
            // a driver that breaks the JDBC contract (sqlite-jdbc throws IllegalStateException for a second
            // statement with no SQL in it): still one of Athanor's typed errors, with the statement
            closeQuietly(ps);
            throw new InterfaceException(sql, batch == null ? values : batch, new SQLException("The driver failed"
                    + " with an unexpected " + e.getClass().getName() + ": " + e.getMessage(), e), false);
        }
    }

    private static void bind(Dialect dialect, PreparedStatement ps, List<Object> values) throws SQLException {
        for (int i = 0, n = values.size(); i < n; i++) {
            dialect.setParameter(ps, i + 1, values.get(i));
        }
    }

    /** Library-level autocommit on a driver not in autocommit mode; a result with rows is closed if it fails. */
    private static void commitAfter(ConnectionCore core, boolean needed, ResultImpl result) throws SQLException {
        if (!needed) {
            return;
        }
        try {
            core.commitAfterStatement();
        } catch (SQLException | RuntimeException e) {
            if (result != null) {
                result.close();
            }
            throw e;
        }
    }

    /**
     * The sum of the batch's update counts, or -1 (unknown) if the driver did not report every one of them
     * (Statement.SUCCESS_NO_INFO, as pgjdbc's rewritten batches and Connector/J's rewritten inserts return):
     * a partial sum would be a wrong count, not an approximate one.
     */
    static long sum(int[] counts) {
        long total = 0;
        for (int c : counts) {
            if (c < 0) {
                return -1;
            }
            total += c;
        }
        return total;
    }

    static void closeQuietly(Statement s) {
        if (s != null) {
            try {
                s.close();
            } catch (SQLException | RuntimeException ignored) {
                // the statement's own error is what matters
            }
        }
    }
}
