package org.athanor.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.athanor.engine.Connectable;
import org.athanor.engine.ExecutionOptions;
import org.athanor.exc.ArgumentException;

/**
 * What INSERT, UPDATE and DELETE share: a target table and an optional RETURNING list (PostgreSQL, SQLite
 * 3.35+, MariaDB 10.5+ for INSERT and DELETE; Oracle's RETURNING INTO; not MySQL).
 *
 * <p>Immutable and thread-safe.
 */
public abstract class DmlStatement extends Statement {
    private final TableClause table;
    private final List<Expression<?>> returning;

    DmlStatement(TableClause table, List<Expression<?>> returning, ExecutionOptions options) {
        super(options);
        if (table == null) {
            throw new ArgumentException("An INSERT, UPDATE or DELETE needs a table.");
        }
        this.table = table;
        this.returning = List.copyOf(returning);
    }

    /** @return the target table */
    public TableClause table() {
        return table;
    }

    /** @return the RETURNING expressions (empty if none) */
    public List<Expression<?>> returningColumns() {
        return returning;
    }

    /** @return the names of the RETURNING result columns */
    public List<String> returningNames() {
        return SelectBase.nameColumns(returning);
    }

    @Override
    public Connectable bind() {
        return table.bind();
    }

    static List<Expression<?>> expand(Object[] items) {
        List<Expression<?>> out = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Expression<?> e) {
                out.add(e);
            } else if (item instanceof FromClause f) {
                out.addAll(f.columns());
            } else {
                throw new ArgumentException("RETURNING takes columns, expressions or tables, not "
                        + (item == null ? "null" : item.getClass().getName()) + ".");
            }
        }
        return out;
    }

    /**
     * Turns user values into expressions for the columns of the table: an expression stays, a value
     * becomes a bind parameter named after the column (so an execution parameter of that name replaces
     * it) when {@code named}, an anonymous one otherwise.
     */
    Map<String, Expression<?>> toExpressions(Map<String, ?> values, boolean named) {
        Map<String, Expression<?>> out = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : values.entrySet()) {
            ColumnClause<?> col = table.c(e.getKey());
            out.put(col.name(), valueFor(col, e.getValue(), named));
        }
        return out;
    }

    static Expression<?> valueFor(ColumnClause<?> col, Object value, boolean named) {
        if (value instanceof Expression<?> x) {
            return x;
        }
        return named ? BindParameter.named(col.name(), value, col.type())
                : BindParameter.anonymous(col.name(), value, col.type());
    }

    static void appendValues(CacheKey.Builder key, Map<String, Expression<?>> values) {
        key.token(values.size());
        for (Map.Entry<String, Expression<?>> e : values.entrySet()) {
            key.token(e.getKey()).add(e.getValue());
        }
    }
}
