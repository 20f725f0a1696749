package org.athanor.sql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.athanor.engine.ExecutionOptions;

/**
 * An UPDATE statement: {@code users.update().where(users.c("user_id").eq(5)).values(Map.of("name", "ed"))}.
 * Columns not set explicitly come from the execution parameters whose names are columns (and are not the
 * names of bind parameters in the statement). Without a WHERE it updates every row.
 *
 * <p>Immutable and thread-safe.
 */
public final class Update extends DmlStatement {
    private final Map<String, Expression<?>> values;
    private final Expression<?> where;

    Update(TableClause table) {
        this(table, Map.of(), null, List.of(), ExecutionOptions.none());
    }

    private Update(TableClause table, Map<String, Expression<?>> values, Expression<?> where,
            List<Expression<?>> returning, ExecutionOptions options) {
        super(table, returning, options);
        this.values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.where = where;
    }

    /**
     * Sets column values (SET), added to any set before.
     *
     * @param columnValues values or expressions by column name
     * @return the new UPDATE
     */
    public Update values(Map<String, ?> columnValues) {
        Map<String, Expression<?>> v = new LinkedHashMap<>(values);
        v.putAll(toExpressions(columnValues, true));
        return new Update(table(), v, where, returningColumns(), executionOptions());
    }

    /**
     * Sets one column.
     *
     * @param column the column name
     * @param value a value or an expression (such as {@code price.times(2)})
     * @return the new UPDATE
     */
    public Update set(String column, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(column, value);
        return values(m);
    }

    /**
     * Sets one column to a value or an expression (such as {@code price.times(2)}).
     *
     * @param column the column
     * @param value the value or expression
     * @return the new UPDATE
     */
    public Update set(ColumnClause<?> column, Object value) {
        return set(column.name(), value);
    }

    /**
     * Adds WHERE conditions, joined by AND with any already there.
     *
     * @param conditions the conditions
     * @return the new UPDATE
     */
    public Update where(Expression<?>... conditions) {
        return new Update(table(), values, Select.and(where, conditions), returningColumns(), executionOptions());
    }

    /**
     * Returns rows of the updated data (RETURNING), where the dialect can.
     *
     * @param columns columns, expressions or the table
     * @return the new UPDATE
     */
    public Update returning(Object... columns) {
        return new Update(table(), values, where, expand(columns), executionOptions());
    }

    @Override
    public Update executionOptions(ExecutionOptions more) {
        return new Update(table(), values, where, returningColumns(), executionOptions().merge(more));
    }

    /** @return the explicit SET values by column name */
    public Map<String, Expression<?>> columnValues() {
        return values;
    }

    /** @return the WHERE condition, or {@code null} */
    public Expression<?> whereClause() {
        return where;
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitUpdate(this);
    }

    @Override
    protected void appendKey(CacheKey.Builder key) {
        key.token("update").add(table());
        appendValues(key, values);
        key.add(where).addAll(returningColumns());
        for (String p : key.parameterKeys()) {
            if (table().hasColumn(p)) {
                key.token(p);
            }
        }
    }
}
