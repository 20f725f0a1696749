package org.athanor.sql;

import java.util.Set;

/**
 * One ORDER BY item: an expression with a direction and, optionally, where NULLs sort
 * ({@code name DESC NULLS LAST}). Databases without NULLS FIRST / LAST (MySQL) get an equivalent
 * {@code x IS NULL} sort key.
 *
 * <p>Immutable and thread-safe.
 */
public final class OrderByItem extends ClauseElement {

    /** Sort direction. */
    public enum Direction {
        /** Ascending. */
        ASC,
        /** Descending. */
        DESC
    }

    /** Where NULLs sort. */
    public enum Nulls {
        /** Before other values. */
        FIRST,
        /** After other values. */
        LAST
    }

    private final Expression<?> expression;
    private final Direction direction;
    private final Nulls nulls;

    OrderByItem(Expression<?> expression, Direction direction, Nulls nulls) {
        this.expression = expression;
        this.direction = direction;
        this.nulls = nulls;
    }

    /** @return the sorted expression */
    public Expression<?> expression() {
        return expression;
    }

    /** @return the direction, or {@code null} for the database's default (ascending) */
    public Direction direction() {
        return direction;
    }

    /** @return where NULLs sort, or {@code null} for the database's default */
    public Nulls nulls() {
        return nulls;
    }

    /** @return a copy with NULLs sorted first */
    public OrderByItem nullsFirst() {
        return new OrderByItem(expression, direction, Nulls.FIRST);
    }

    /** @return a copy with NULLs sorted last */
    public OrderByItem nullsLast() {
        return new OrderByItem(expression, direction, Nulls.LAST);
    }

    static OrderByItem of(Object item) {
        if (item instanceof OrderByItem o) {
            return o;
        }
        if (item instanceof Expression<?> e) {
            return new OrderByItem(e, null, null);
        }
        throw new org.athanor.exc.ArgumentException("ORDER BY takes expressions or asc()/desc() items, not "
                + (item == null ? "null" : item.getClass().getName()) + ".");
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitOrderBy(this);
    }

    @Override
    protected void appendKey(CacheKey.Builder key) {
        key.token("order").token(direction).token(nulls).add(expression);
    }

    @Override
    protected void collectFroms(Set<FromClause> out) {
        expression.collectFroms(out);
    }
}
