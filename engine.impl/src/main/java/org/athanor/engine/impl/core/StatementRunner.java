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
        core.checkUsable();
        ExecutionOptions options = connectionOptions.merge(statementOptions);
        Dialect dialect = core.dialect();
        String sql = compiled.sql();
        PreparedStatement ps = null;
        try {
            boolean commitAfter = core.beforeStatement(compiled, options);
            core.log().statement(sql, values);
            ps = dialect.prepareStatement(core.driver(), compiled, options);
            for (int i = 0, n = values.size(); i < n; i++) {
                dialect.setParameter(ps, i + 1, values.get(i));
            }
            if (ps.execute()) {
                ResultSet rs = ps.getResultSet();
                ResultImpl result = ResultImpl.withRows(core, compiled, values, ps, rs, lease);
                ps = null;
                if (commitAfter) {
                    try {
                        core.commitAfterStatement();
                    } catch (SQLException | RuntimeException e) {
                        result.close();
                        throw e;
                    }
                }
                return result;
            }
            long count = ps.getUpdateCount();
            boolean insert = compiled.kind() == StatementKind.INSERT;
            List<Object> key = insert && !compiled.primaryKeyColumns().isEmpty()
                    ? dialect.insertedPrimaryKey(ps, compiled, parameters) : List.of();
            ps.close();
            ps = null;
            if (commitAfter) {
                core.commitAfterStatement();
            }
            // last: a connectionless result without rows releases the connection at once
            return ResultImpl.withoutRows(count, insert, key, lease);
        } catch (SQLException e) {
            closeQuietly(ps);
            throw core.handle(e, sql, values);
        } catch (RuntimeException | Error e) {
            closeQuietly(ps);
            throw e;
        }
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
        core.checkUsable();
        ExecutionOptions options = connectionOptions.merge(statementOptions);
        Dialect dialect = core.dialect();
        String sql = compiled.sql();
        PreparedStatement ps = null;
        try {
            boolean commitAfter = core.beforeStatement(compiled, options);
            core.log().batch(sql, batch);
            ps = dialect.prepareStatement(core.driver(), compiled, options);
            for (List<Object> values : batch) {
                for (int i = 0, n = values.size(); i < n; i++) {
                    dialect.setParameter(ps, i + 1, values.get(i));
                }
                ps.addBatch();
            }
            long total = sum(ps.executeBatch());
            ps.close();
            ps = null;
            if (commitAfter) {
                core.commitAfterStatement();
            }
            return ResultImpl.withoutRows(total, false, List.of(), lease);
        } catch (SQLException e) {
            closeQuietly(ps);
            throw core.handle(e, sql, batch);
        } catch (RuntimeException | Error e) {
            closeQuietly(ps);
            throw e;
        }
    }

    /** The sum of the counts the driver knows; -1 if it knows none. */
    private static long sum(int[] counts) {
        long total = 0;
        boolean known = false;
        for (int c : counts) {
            if (c >= 0) {
                total += c;
                known = true;
            }
        }
        return known || counts.length == 0 ? total : -1;
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
