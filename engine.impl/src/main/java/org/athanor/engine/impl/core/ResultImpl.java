package org.athanor.engine.impl.core;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.athanor.dialect.RowReader;
import org.athanor.engine.Compiled;
import org.athanor.engine.Result;
import org.athanor.engine.Row;
import org.athanor.engine.ValueProcessor;
import org.athanor.engine.impl.result.Columns;
import org.athanor.engine.impl.result.Conversions;
import org.athanor.engine.impl.result.RowImpl;
import org.athanor.exc.InvalidRequestException;
import org.athanor.exc.MultipleResultsFoundException;
import org.athanor.exc.NoResultFoundException;
import org.athanor.exc.ResourceClosedException;

/**
 * The result of an execution (seed 003's ResultProxy). A result with rows holds its statement — and, for
 * connectionless execution, its connection (close-with-result) — until its rows are exhausted or it is
 * closed; a result without rows holds nothing and released its connection when it was made. A result with
 * rows that becomes unreachable first is reclaimed by the {@link Reclaimer}. Everything about the rows lives
 * in its {@link ResultResources}, so a result without rows is a small object.
 *
 * <p>Once the rows are exhausted, fetching returns nothing; after {@link #close()} (or {@code first()},
 * {@code one()}, {@code scalar()}), fetching fails with {@link ResourceClosedException}.
 *
 * <p>Not thread-safe: read it on one thread.
 */
final class ResultImpl implements Result {
    /** The rows side; {@code null} for a result without rows. */
    private final ResultResources resources;
    private final long rowcount;
    private final boolean insert;
    private final List<Object> insertedKey;
    /** The dialect's reader of this result's rows, made when the first row is read. */
    private RowReader reader;
    private boolean exhausted;
    private boolean closed;

    /** A result without rows. */
    private ResultImpl(long rowcount, boolean insert, List<Object> insertedKey) {
        this.resources = null;
        this.rowcount = rowcount;
        this.insert = insert;
        this.insertedKey = insertedKey;
    }

    /** A result with rows: its resources are tracked from now on, and open on the core. */
    private ResultImpl(ConnectionCore core, Columns columns, ValueProcessor[] processors, String sql,
            List<Object> parameters, PreparedStatement ps, ResultSet rs, Lease lease) {
        this.resources = new ResultResources(this, core, columns, processors, sql, parameters, ps, rs, lease);
        this.rowcount = -1;
        this.insert = false;
        this.insertedKey = List.of();
    }

    static ResultImpl withRows(ConnectionCore core, Compiled compiled, List<Object> parameters, PreparedStatement ps,
            ResultSet rs, Lease lease) throws SQLException {
        ResultShapes.Shape shape = core.engine().shapes().shape(compiled, core.dialect().columnLabels(rs));
        ResultImpl result = new ResultImpl(core, shape.columns, shape.processors, compiled.sql(), parameters, ps, rs,
                lease);
        core.log().columns(shape.columns.keys());
        return result;
    }

    static ResultImpl withoutRows(long rowcount, boolean insert, List<Object> insertedKey, Lease lease) {
        if (lease != null) {
            lease.release();
        }
        return new ResultImpl(rowcount, insert, insertedKey);
    }

    private ResultSet rows() {
        if (closed) {
            throw new ResourceClosedException("This result is closed; execute the statement again for its rows.");
        }
        if (resources == null) {
            throw new ResourceClosedException("This result does not return rows (it is the result of a statement"
                    + " such as INSERT, UPDATE, DELETE or DDL); use rowcount().");
        }
        if (resources.isClosedByConnection()) {
            throw new ResourceClosedException("The connection of this result was closed or invalidated before the"
                    + " result was read to the end; read results before closing their connection.");
        }
        return resources.resultSet();
    }

    @Override
    public List<String> keys() {
        return resources == null ? List.of() : resources.columns.keys();
    }

    @Override
    public boolean returnsRows() {
        return resources != null;
    }

    @Override
    public Row fetchOne() {
        ResultSet rs = rows();
        if (exhausted) {
            return null;
        }
        ResultResources res = resources;
        try {
            if (!rs.next()) {
                exhausted = true;
                release();
                return null;
            }
            return readRow(res, rs, res.core.log());
        } catch (SQLException e) {
            throw failed(res, e);
        }
    }

    /**
     * Reads the row the result set is on: the dialect's reader for this result reads all its values at once, then
     * each goes through its column's processor, if any.
     */
    private Row readRow(ResultResources res, ResultSet rs, EchoLog log) throws SQLException {
        RowReader r = reader;
        if (r == null) {
            reader = r = res.core.dialect().rowReader(rs);
        }
        Object[] values = new Object[res.columns.size()];
        r.read(rs, values);
        ValueProcessor[] processors = res.processors;
        if (processors != null) {
            for (int i = 0; i < values.length; i++) {
                ValueProcessor p = processors[i];
                if (p != null) {
                    values[i] = p.process(values[i]);
                }
            }
        }
        if (log.rows()) {
            log.row(Arrays.asList(values));
        }
        return new RowImpl(res.columns, values);
    }

    /** Closes the result after a driver error while reading it, and returns the error to throw. */
    private RuntimeException failed(ResultResources res, SQLException e) {
        boolean closedByConnection = res.isClosedByConnection();
        close();
        if (closedByConnection) {
            // the connection closed the result set under us (returned or invalidated meanwhile): say so, as
            // fetchOne() does when it sees that before reading
            return new ResourceClosedException("The connection of this result was closed or invalidated before"
                    + " the result was read to the end; read results before closing their connection.");
        }
        return res.core.handle(e, res.sql, res.parameters);
    }

    @Override
    public List<Row> fetchMany(int n) {
        List<Row> out = new ArrayList<>(Math.max(0, Math.min(n, 64)));
        for (int i = 0; i < n; i++) {
            Row r = fetchOne();
            if (r == null) {
                break;
            }
            out.add(r);
        }
        return out;
    }

    /**
     * Reads the remaining rows as {@link #fetchOne()} would, one by one, but checks the result's state once
     * rather than before every row (only this thread reads it; a connection closing it meanwhile makes the
     * driver fail, which is reported as {@code fetchOne()} reports it).
     */
    @Override
    public List<Row> all() {
        ResultSet rs = rows();
        List<Row> out = new ArrayList<>();
        if (exhausted) {
            return out;
        }
        ResultResources res = resources;
        EchoLog log = res.core.log();
        try {
            while (rs.next()) {
                out.add(readRow(res, rs, log));
            }
        } catch (SQLException e) {
            throw failed(res, e);
        }
        exhausted = true;
        release();
        return out;
    }

    @Override
    public Row first() {
        try {
            return fetchOne();
        } finally {
            close();
        }
    }

    @Override
    public Row one() {
        try {
            Row r = fetchOne();
            if (r == null) {
                throw new NoResultFoundException("The statement returned no row where exactly one was required."
                        + " [SQL: " + sqlText() + "]");
            }
            if (fetchOne() != null) {
                throw new MultipleResultsFoundException("The statement returned more than one row where exactly one"
                        + " was required. [SQL: " + sqlText() + "]");
            }
            return r;
        } finally {
            close();
        }
    }

    private String sqlText() {
        return resources == null ? null : resources.sql;
    }

    @Override
    public Object scalar() {
        Row r = first();
        return r == null ? null : r.get(0);
    }

    @Override
    public <T> T scalar(Class<T> type) {
        return Conversions.convert(scalar(), type);
    }

    @Override
    public Iterator<Row> iterator() {
        rows();
        return new Iterator<>() {
            private Row next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = fetchOne();
                }
                return next != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("No more rows.");
                }
                Row r = next;
                next = null;
                return r;
            }
        };
    }

    @Override
    public Stream<Row> stream() {
        Spliterator<Row> split = Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(split, false).onClose(this::close);
    }

    @Override
    public long rowcount() {
        return rowcount;
    }

    @Override
    public List<Object> insertedPrimaryKey() {
        if (!insert) {
            throw new InvalidRequestException("insertedPrimaryKey() is only available for the result of a"
                    + " single-row INSERT" + (resources != null ? " that returns no rows" : "")
                    + "; this result is not one.");
        }
        return insertedKey;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        release();
    }

    private void release() {
        if (resources != null) {
            resources.closeExplicitly();
        }
    }

    @Override
    public boolean isClosed() {
        return closed || exhausted || resources == null || resources.isDone();
    }

    @Override
    public String toString() {
        return "Result[" + (resources == null ? "rowcount=" + rowcount : "columns=" + resources.columns.keys())
                + (isClosed() ? ", closed" : "") + "]";
    }
}
