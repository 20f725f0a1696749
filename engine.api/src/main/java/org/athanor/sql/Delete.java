package org.athanor.sql;

import java.util.List;
import org.athanor.engine.ExecutionOptions;

/**
 * A DELETE statement: {@code users.delete().where(users.c("id").eq(5))}. Without a WHERE it deletes every
 * row.
 *
 * <p>Immutable and thread-safe.
 */
public final class Delete extends DmlStatement {
    private final Expression<?> where;

    Delete(TableClause table) {
        this(table, null, List.of(), ExecutionOptions.none());
    }

    private Delete(TableClause table, Expression<?> where, List<Expression<?>> returning, ExecutionOptions options) {
        super(table, returning, options);
        this.where = where;
    }

    /**
     * Adds WHERE conditions, joined by AND with any already there.
     *
     * @param conditions the conditions
     * @return the new DELETE
     */
    public Delete where(Expression<?>... conditions) {
        return new Delete(table(), Select.and(where, conditions), returningColumns(), executionOptions());
    }

    /**
     * Returns rows of the deleted data (RETURNING), where the dialect can.
     *
     * @param columns columns, expressions or the table
     * @return the new DELETE
     */
    public Delete returning(Object... columns) {
        return new Delete(table(), where, expand(columns), executionOptions());
    }

    @Override
    public Delete executionOptions(ExecutionOptions more) {
        return new Delete(table(), where, returningColumns(), executionOptions().merge(more));
    }

    /** @return the WHERE condition, or {@code null} */
    public Expression<?> whereClause() {
        return where;
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitDelete(this);
    }

    @Override
    protected void appendKey(CacheKey.Builder key) {
        key.token("delete").add(table()).add(where).addAll(returningColumns());
    }
}
