package org.athanor.sql;

import java.util.Set;
import org.athanor.sql.types.SqlType;
import org.athanor.sql.types.SqlTypes;

/**
 * Two expressions joined by an {@link Operator}: a comparison ({@code a = b}), arithmetic ({@code a + b}),
 * concatenation or a pattern match.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the Java class of the result
 */
public final class BinaryExpression<T> extends Expression<T> {
    private final Expression<?> left;
    private final Operator operator;
    private final Expression<?> right;
    private final SqlType<T> type;

    BinaryExpression(Expression<?> left, Operator operator, Expression<?> right, SqlType<T> type) {
        this.left = left;
        this.operator = operator;
        this.right = right;
        this.type = type;
    }

    /** @return the left operand */
    public Expression<?> left() {
        return left;
    }

    /** @return the operator */
    public Operator operator() {
        return operator;
    }

    /** @return the right operand */
    public Expression<?> right() {
        return right;
    }

    @Override
    public SqlType<T> type() {
        return type;
    }

    @Override
    public int precedence() {
        return operator.precedence();
    }

    @Override
    public Expression<Boolean> not() {
        Operator negated = operator.negation();
        return negated == null ? super.not() : new BinaryExpression<>(left, negated, right, SqlTypes.BOOLEAN);
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitBinary(this);
    }

    @Override
    protected void appendKey(CacheKey.Builder key) {
        key.token(operator).add(left).add(right).token(type);
    }

    @Override
    protected void collectFroms(Set<FromClause> out) {
        left.collectFroms(out);
        right.collectFroms(out);
    }
}
