package org.athanor.sql;

import java.util.Set;
import org.athanor.sql.types.SqlType;
import org.athanor.sql.types.SqlTypes;

/**
 * {@code x BETWEEN low AND high}, possibly negated.
 *
 * <p>Immutable and thread-safe.
 */
public final class Between extends Expression<Boolean> {
    private final Expression<?> expression;
    private final Expression<?> low;
    private final Expression<?> high;
    private final boolean negated;

    Between(Expression<?> expression, Expression<?> low, Expression<?> high, boolean negated) {
        this.expression = expression;
        this.low = low;
        this.high = high;
        this.negated = negated;
    }

    /** @return the tested expression */
    public Expression<?> expression() {
        return expression;
    }

    /** @return the low end */
    public Expression<?> low() {
        return low;
    }

    /** @return the high end */
    public Expression<?> high() {
        return high;
    }

    /** @return whether this is NOT BETWEEN */
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
        return new Between(expression, low, high, !negated);
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitBetween(this);
    }

    @Override
    protected void appendKey(CacheKey.Builder key) {
        key.token("between").token(negated).add(expression).add(low).add(high);
    }

    @Override
    protected void collectFroms(Set<FromClause> out) {
        expression.collectFroms(out);
        low.collectFroms(out);
        high.collectFroms(out);
    }
}
