package org.athanor.sql;

import java.util.List;
import java.util.Set;
import org.athanor.sql.types.SqlType;
import org.athanor.sql.types.SqlTypes;

/**
 * {@code x IN (values)} or {@code x IN (SELECT ...)}, possibly negated. An empty value list renders a
 * condition that is never true (always true when negated), as SQL has no empty IN list.
 *
 * <p>Immutable and thread-safe.
 */
public final class InExpression extends Expression<Boolean> {
    private final Expression<?> left;
    private final List<Expression<?>> values;
    private final SelectBase subquery;
    private final boolean negated;

    InExpression(Expression<?> left, List<Expression<?>> values, SelectBase subquery, boolean negated) {
        this.left = left;
        this.values = values == null ? null : List.copyOf(values);
        this.subquery = subquery;
        this.negated = negated;
    }

    /** @return the tested expression */
    public Expression<?> left() {
        return left;
    }

    /** @return the values, or {@code null} when testing a subquery */
    public List<Expression<?>> values() {
        return values;
    }

    /** @return the subquery, or {@code null} when testing values */
    public SelectBase subquery() {
        return subquery;
    }

    /** @return whether this is NOT IN */
    public boolean negated() {
        return negated;
    }

    @Override
    public SqlType<Boolean> type() {
        return SqlTypes.BOOLEAN;
    }

    @Override
    public int precedence() {
        return Operator.COMPARISON;
    }

    @Override
    public Expression<Boolean> not() {
        return new InExpression(left, values, subquery, !negated);
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitIn(this);
    }

    @Override
    protected void appendKey(CacheKey.Builder key) {
        key.token("in").token(negated).add(left);
        if (values != null) {
            key.addAll(values);
        } else {
            key.add(subquery);
        }
    }

    @Override
    protected void collectFroms(Set<FromClause> out) {
        left.collectFroms(out);
        if (values != null) {
            for (Expression<?> v : values) {
                v.collectFroms(out);
            }
        }
    }
}
