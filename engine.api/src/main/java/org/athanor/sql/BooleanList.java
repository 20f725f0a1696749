package org.athanor.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.athanor.exc.ArgumentException;
import org.athanor.sql.types.SqlType;
import org.athanor.sql.types.SqlTypes;

/**
 * Conditions joined by AND or by OR; nested lists of the same operator are flattened.
 *
 * <p>Immutable and thread-safe.
 */
public final class BooleanList extends Expression<Boolean> {
    private final Operator operator;
    private final List<Expression<?>> conditions;

    private BooleanList(Operator operator, List<Expression<?>> conditions) {
        this.operator = operator;
        this.conditions = List.copyOf(conditions);
    }

    /**
     * Joins conditions; one condition is returned as it is.
     *
     * @param operator AND or OR
     * @param conditions the conditions, at least one
     * @return the joined condition
     */
    @SuppressWarnings("unchecked")
    static Expression<Boolean> of(Operator operator, List<? extends Expression<?>> conditions) {
        List<Expression<?>> flat = new ArrayList<>();
        for (Expression<?> c : conditions) {
            if (c == null) {
                throw new ArgumentException(operator + " was given a null condition; pass conditions only.");
            }
            if (c instanceof BooleanList b && b.operator == operator) {
                flat.addAll(b.conditions);
            } else {
                flat.add(c);
            }
        }
        if (flat.isEmpty()) {
            throw new ArgumentException(operator + " needs at least one condition.");
        }
        if (flat.size() == 1) {
            return (Expression<Boolean>) flat.get(0);
        }
        return new BooleanList(operator, flat);
    }

    /** @return AND or OR */
    public Operator operator() {
        return operator;
    }

    /** @return the conditions, at least two */
    public List<Expression<?>> conditions() {
        return conditions;
    }

    @Override
    public SqlType<Boolean> type() {
        return SqlTypes.BOOLEAN;
    }

    @Override
    public int precedence() {
        return operator.precedence();
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitBooleanList(this);
    }

    @Override
    protected void appendKey(CacheKey.Builder key) {
        key.token(operator).addAll(conditions);
    }

    @Override
    protected void collectFroms(Set<FromClause> out) {
        for (Expression<?> c : conditions) {
            c.collectFroms(out);
        }
    }
}
