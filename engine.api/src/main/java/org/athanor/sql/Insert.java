package org.athanor.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.athanor.engine.ExecutionOptions;
import org.athanor.exc.ArgumentException;

/**
 * An INSERT statement: {@code table.insert().values(Map.of("name", "jack"))}. Without values, its columns
 * are the execution parameters' names (seed 001: {@code connection.execute(table1.insert(), params)}), plus
 * columns with client-side defaults. It can also insert many rows in one statement
 * ({@link #values(List)}) or the rows of a SELECT ({@link #fromSelect}).
 *
 * <p>A single-row INSERT into a table with a primary key reports the inserted key through
 * {@code Result.insertedPrimaryKey()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Insert extends DmlStatement {
    private final Map<String, Expression<?>> values;
    private final List<Map<String, Expression<?>>> rows;
    private final List<String> selectColumns;
    private final SelectBase select;

    Insert(TableClause table) {
        this(table, Map.of(), null, null, null, List.of(), ExecutionOptions.none());
    }

    private Insert(TableClause table, Map<String, Expression<?>> values, List<Map<String, Expression<?>>> rows,
            List<String> selectColumns, SelectBase select, List<Expression<?>> returning,
            ExecutionOptions options) {
        super(table, returning, options);
        this.values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.rows = rows == null ? null : List.copyOf(rows);
        this.selectColumns = selectColumns == null ? null : List.copyOf(selectColumns);
        this.select = select;
    }

    /**
     * Sets column values (added to any set before). A value becomes a bind parameter named after its
     * column; an expression (such as a function call or a scalar subquery) is rendered in place.
     *
     * @param columnValues values by column name
     * @return the new INSERT
     */
    public Insert values(Map<String, ?> columnValues) {
        checkSingle();
        Map<String, Expression<?>> v = new LinkedHashMap<>(values);
        v.putAll(toExpressions(columnValues, true));
        return new Insert(table(), v, null, null, null, returningColumns(), executionOptions());
    }

    /**
     * Sets one column value.
     *
     * @param column the column name
     * @param value the value or expression
     * @return the new INSERT
     */
    public Insert value(String column, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(column, value);
        return values(m);
    }

    /**
     * Sets one column value, typed.
     *
     * @param column the column
     * @param value the value
     * @param <T> the column's Java class
     * @return the new INSERT
     */
    public <T> Insert value(ColumnClause<T> column, T value) {
        return value(column.name(), value);
    }

    /**
     * Inserts several rows in one statement ({@code VALUES (...), (...)}); every row must set the same
     * columns.
     *
     * @param rowValues one map of values per row
     * @return the new INSERT
     */
    public Insert values(List<? extends Map<String, ?>> rowValues) {
        if (rowValues.isEmpty()) {
            throw new ArgumentException("A multi-row INSERT needs at least one row.");
        }
        if (!values.isEmpty() || select != null) {
            throw new ArgumentException("This INSERT already has values; a multi-row INSERT sets all rows at once.");
        }
        List<Map<String, Expression<?>>> r = new ArrayList<>();
        for (Map<String, ?> row : rowValues) {
            Map<String, Expression<?>> e = toExpressions(row, false);
            if (!r.isEmpty() && !r.get(0).keySet().equals(e.keySet())) {
                throw new ArgumentException("Every row of a multi-row INSERT must set the same columns: "
                        + r.get(0).keySet() + " and " + e.keySet() + " differ.");
            }
            r.add(e);
        }
        return new Insert(table(), Map.of(), r, null, null, returningColumns(), executionOptions());
    }

    /**
     * Inserts the rows of a SELECT: {@code INSERT INTO t (a, b) SELECT ...}.
     *
     * @param columns the target column names, one per selected column
     * @param rowsOf the SELECT
     * @return the new INSERT
     */
    public Insert fromSelect(List<String> columns, SelectBase rowsOf) {
        if (columns.size() != rowsOf.selectedColumns().size()) {
            throw new ArgumentException("INSERT ... SELECT names " + columns.size() + " columns but the SELECT"
                    + " has " + rowsOf.selectedColumns().size() + ".");
        }
        List<String> names = new ArrayList<>();
        for (String c : columns) {
            names.add(table().c(c).name());
        }
        return new Insert(table(), Map.of(), null, names, rowsOf, returningColumns(), executionOptions());
    }

    /**
     * Returns rows of the inserted data (RETURNING), where the dialect can.
     *
     * @param columns columns, expressions or the table (all its columns)
     * @return the new INSERT
     */
    public Insert returning(Object... columns) {
        return new Insert(table(), values, rows, selectColumns, select, expand(columns), executionOptions());
    }

    @Override
    public Insert executionOptions(ExecutionOptions more) {
        return new Insert(table(), values, rows, selectColumns, select, returningColumns(),
                executionOptions().merge(more));
    }

    private void checkSingle() {
        if (rows != null || select != null) {
            throw new ArgumentException("This INSERT takes its rows from a list or a SELECT; values() cannot"
                    + " be added to it.");
        }
    }

    /** @return the single-row values by column name (empty if none were given) */
    public Map<String, Expression<?>> columnValues() {
        return values;
    }

    /** @return the rows of a multi-row INSERT, or {@code null} */
    public List<Map<String, Expression<?>>> rows() {
        return rows;
    }

    /** @return the SELECT of an INSERT ... SELECT, or {@code null} */
    public SelectBase fromSelectStatement() {
        return select;
    }

    /** @return the target columns of an INSERT ... SELECT, or {@code null} */
    public List<String> fromSelectColumns() {
        return selectColumns;
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitInsert(this);
    }

    @Override
    protected void appendKey(CacheKey.Builder key) {
        key.token("insert").add(table());
        appendValues(key, values);
        if (rows != null) {
            key.token(rows.size());
            for (Map<String, Expression<?>> r : rows) {
                appendValues(key, r);
            }
        }
        key.token(selectColumns).add(select).addAll(returningColumns());
        for (String p : key.parameterKeys()) {
            if (table().hasColumn(p)) {
                key.token(p);
            }
        }
    }
}
