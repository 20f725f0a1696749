package org.athanor.sql;

import java.util.ArrayList;
import java.util.List;
import org.athanor.engine.Connectable;
import org.athanor.engine.ExecutionOptions;
import org.athanor.exc.ArgumentException;

/**
 * A SELECT statement, built generatively:
 *
 * <pre>{@code
 * Select s = SQL.select(users.c("id"), users.c("name"))
 *         .where(users.c("name").like("J%"))
 *         .orderBy(users.c("name").desc())
 *         .limit(10);
 * }</pre>
 *
 * Its FROM list is the explicit {@link #selectFrom} elements plus every table its columns and WHERE clause
 * refer to (a table inside a join is listed once, through the join). Inside another statement's
 * expression (scalar subquery, EXISTS, IN) tables of the enclosing SELECT are correlated: left out of its
 * FROM list.
 *
 * <p>Immutable and thread-safe: every method returns a new SELECT.
 */
public final class Select extends SelectBase {
    private final List<Expression<?>> columns;
    private final List<String> names;
    private final List<FromClause> froms;
    private final Expression<?> where;
    private final List<Expression<?>> groupBy;
    private final Expression<?> having;
    private final List<OrderByItem> orderBy;
    private final BindParameter<Integer> limit;
    private final BindParameter<Integer> offset;
    private final boolean distinct;

    private Select(List<Expression<?>> columns, List<FromClause> froms, Expression<?> where,
            List<Expression<?>> groupBy, Expression<?> having, List<OrderByItem> orderBy,
            BindParameter<Integer> limit, BindParameter<Integer> offset, boolean distinct,
            ExecutionOptions options) {
        super(options);
        this.columns = List.copyOf(columns);
        this.names = nameColumns(this.columns);
        this.froms = List.copyOf(froms);
        this.where = where;
        this.groupBy = List.copyOf(groupBy);
        this.having = having;
        this.orderBy = List.copyOf(orderBy);
        this.limit = limit;
        this.offset = offset;
        this.distinct = distinct;
    }

    static Select of(Object... items) {
        List<Expression<?>> cols = new ArrayList<>();
        List<FromClause> explicit = new ArrayList<>();
        addItems(items, cols, explicit);
        return new Select(cols, explicit, null, List.of(), null, List.of(), null, null, false,
                ExecutionOptions.none());
    }

    private static void addItems(Object[] items, List<Expression<?>> cols, List<FromClause> explicit) {
        for (Object item : items) {
            if (item instanceof Expression<?> e) {
                cols.add(e);
            } else if (item instanceof FromClause f) {
                cols.addAll(f.columns());
                if (!(f instanceof TableClause)) {
                    explicit.add(f);
                }
            } else {
                throw new ArgumentException("SELECT takes columns, expressions, tables, aliases and subqueries,"
                        + " not " + (item == null ? "null" : item.getClass().getName()) + ".");
            }
        }
    }

    private Select copy(List<Expression<?>> c, List<FromClause> f, Expression<?> w, List<Expression<?>> g,
            Expression<?> h, List<OrderByItem> o, BindParameter<Integer> l, BindParameter<Integer> off,
            boolean d, ExecutionOptions opts) {
        return new Select(c, f, w, g, h, o, l, off, d, opts);
    }

    // ------------------------------------------------------------------ generative methods

    /**
     * Adds columns (expressions, or FROM elements whose columns are all added).
     *
     * @param items the columns
     * @return the new SELECT
     */
    public Select columns(Object... items) {
        List<Expression<?>> c = new ArrayList<>(columns);
        List<FromClause> f = new ArrayList<>(froms);
        addItems(items, c, f);
        return copy(c, f, where, groupBy, having, orderBy, limit, offset, distinct, executionOptions());
    }

    /**
     * Replaces the columns.
     *
     * @param items the columns
     * @return the new SELECT
     */
    public Select withOnlyColumns(Object... items) {
        List<Expression<?>> c = new ArrayList<>();
        List<FromClause> f = new ArrayList<>(froms);
        addItems(items, c, f);
        return copy(c, f, where, groupBy, having, orderBy, limit, offset, distinct, executionOptions());
    }

    /**
     * Adds FROM elements explicitly (a join, or a table none of the columns mention).
     *
     * @param from the elements
     * @return the new SELECT
     */
    public Select selectFrom(FromClause... from) {
        List<FromClause> f = new ArrayList<>(froms);
        f.addAll(List.of(from));
        return copy(columns, f, where, groupBy, having, orderBy, limit, offset, distinct, executionOptions());
    }

    /**
     * Inner-joins the leftmost FROM element with another on a condition.
     *
     * @param right the element to join
     * @param on the condition
     * @return the new SELECT
     */
    public Select join(FromClause right, Expression<?> on) {
        return joinTo(right, on, Join.Type.INNER);
    }

    /**
     * Left-outer-joins the leftmost FROM element with another on a condition.
     *
     * @param right the element to join
     * @param on the condition
     * @return the new SELECT
     */
    public Select outerJoin(FromClause right, Expression<?> on) {
        return joinTo(right, on, Join.Type.LEFT);
    }

    private Select joinTo(FromClause right, Expression<?> on, Join.Type type) {
        List<FromClause> f = new ArrayList<>(froms);
        FromClause left;
        if (!f.isEmpty()) {
            left = f.remove(f.size() - 1);
        } else {
            List<FromClause> derived = new ArrayList<>();
            for (Expression<?> c : columns) {
                for (FromClause fc : c.referencedFroms()) {
                    if (!derived.contains(fc)) {
                        derived.add(fc);
                    }
                }
            }
            if (derived.isEmpty()) {
                throw new ArgumentException("This SELECT has no FROM element to join to; add one with"
                        + " selectFrom(...) first.");
            }
            left = derived.get(0);
        }
        f.add(new Join(left, right, on, type));
        return copy(columns, f, where, groupBy, having, orderBy, limit, offset, distinct, executionOptions());
    }

    /**
     * Adds WHERE conditions, joined by AND with any already there.
     *
     * @param conditions the conditions
     * @return the new SELECT
     */
    public Select where(Expression<?>... conditions) {
        return copy(columns, froms, and(where, conditions), groupBy, having, orderBy, limit, offset, distinct,
                executionOptions());
    }

    /**
     * Adds GROUP BY expressions.
     *
     * @param expressions the expressions
     * @return the new SELECT
     */
    public Select groupBy(Expression<?>... expressions) {
        List<Expression<?>> g = new ArrayList<>(groupBy);
        g.addAll(List.of(expressions));
        return copy(columns, froms, where, g, having, orderBy, limit, offset, distinct, executionOptions());
    }

    /**
     * Adds HAVING conditions, joined by AND with any already there.
     *
     * @param conditions the conditions
     * @return the new SELECT
     */
    public Select having(Expression<?>... conditions) {
        return copy(columns, froms, where, groupBy, and(having, conditions), orderBy, limit, offset, distinct,
                executionOptions());
    }

    /**
     * Adds ORDER BY items: expressions (ascending) or {@code expr.desc()}, {@code expr.asc().nullsLast()}.
     *
     * @param items the items
     * @return the new SELECT
     */
    public Select orderBy(Object... items) {
        List<OrderByItem> o = new ArrayList<>(orderBy);
        for (Object item : items) {
            o.add(OrderByItem.of(item));
        }
        return copy(columns, froms, where, groupBy, having, o, limit, offset, distinct, executionOptions());
    }

    /**
     * Returns at most this many rows.
     *
     * @param rows the most rows
     * @return the new SELECT
     */
    public Select limit(int rows) {
        return copy(columns, froms, where, groupBy, having, orderBy, count("LIMIT", rows), offset, distinct,
                executionOptions());
    }

    /**
     * Skips this many rows.
     *
     * @param rows the rows to skip
     * @return the new SELECT
     */
    public Select offset(int rows) {
        return copy(columns, froms, where, groupBy, having, orderBy, limit, count("OFFSET", rows), distinct,
                executionOptions());
    }

    /** @return a SELECT DISTINCT copy */
    public Select distinct() {
        return copy(columns, froms, where, groupBy, having, orderBy, limit, offset, true, executionOptions());
    }

    @Override
    public Select executionOptions(ExecutionOptions more) {
        return copy(columns, froms, where, groupBy, having, orderBy, limit, offset, distinct,
                executionOptions().merge(more));
    }

    static Expression<?> and(Expression<?> current, Expression<?>[] more) {
        List<Expression<?>> all = new ArrayList<>();
        if (current != null) {
            all.add(current);
        }
        all.addAll(List.of(more));
        return all.isEmpty() ? null : BooleanList.of(Operator.AND, all);
    }

    // ------------------------------------------------------------------ accessors

    @Override
    public List<Expression<?>> selectedColumns() {
        return columns;
    }

    @Override
    public List<String> columnNames() {
        return names;
    }

    /** @return the FROM elements given explicitly */
    public List<FromClause> explicitFroms() {
        return froms;
    }

    /** @return the WHERE condition, or {@code null} */
    public Expression<?> whereClause() {
        return where;
    }

    /** @return the GROUP BY expressions */
    public List<Expression<?>> groupByExpressions() {
        return groupBy;
    }

    /** @return the HAVING condition, or {@code null} */
    public Expression<?> havingClause() {
        return having;
    }

    @Override
    public List<OrderByItem> orderByItems() {
        return orderBy;
    }

    @Override
    public BindParameter<Integer> limitParameter() {
        return limit;
    }

    @Override
    public BindParameter<Integer> offsetParameter() {
        return offset;
    }

    /** @return whether this is SELECT DISTINCT */
    public boolean isDistinct() {
        return distinct;
    }

    @Override
    public Connectable bind() {
        List<FromClause> all = new ArrayList<>(froms);
        for (Expression<?> c : columns) {
            all.addAll(c.referencedFroms());
        }
        return bindOf(all);
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitSelect(this);
    }

    @Override
    protected void appendKey(CacheKey.Builder key) {
        key.token("select").token(distinct).addAll(columns).addAll(froms).add(where).addAll(groupBy)
                .add(having).addAll(orderBy).add(limit).add(offset);
    }
}
