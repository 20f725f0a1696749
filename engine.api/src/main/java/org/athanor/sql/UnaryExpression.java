package org.athanor.sql;

import java.util.Set;
import org.athanor.sql.types.SqlType;

/**
 * An operator applied to one expression: {@code NOT x}, {@code -x}, {@code DISTINCT x}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the Java class of the result
 */
public final class UnaryExpression<T> extends Expression<T> {
    private final Operator operator;
    private final Expression<?> operand;
    private final SqlType<T> type;

    UnaryExpression(Operator operator, Expression<?> operand, SqlType<T> type) {
        this.operator = operator;
        this.operand = operand;
        this.type = type;
    }

    /** @return the operator: NOT, NEG or DISTINCT */
    public Operator operator() {
        return operator;
    }

    /** @return the operand */
    public Expression<?> operand() {
        return operand;
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
    @SuppressWarnings("unchecked")
    public Expression<Boolean> not() {
        if (operator == Operator.NOT) {
            return (Expression<Boolean>) operand;
        }
        return super.not();
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitUnary(this);
    }

    @Override
    protected void appendKey(CacheKey.Builder key) {
        key.token(operator).add(operand);
    }

    @Override
    protected void collectFroms(Set<FromClause> out) {
        operand.collectFroms(out);
    }
}
