package org.athanor.sql;

import java.util.Set;
import org.athanor.sql.types.SqlType;

/**
 * {@code CAST(expr AS type)}, with the type named as the dialect's type compiler names it for casts.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the Java class of the target type
 */
public final class Cast<T> extends Expression<T> {
    private final Expression<?> expression;
    private final SqlType<T> type;

    Cast(Expression<?> expression, SqlType<T> type) {
        this.expression = expression;
        this.type = type;
    }

    /** @return the converted expression */
    public Expression<?> expression() {
        return expression;
    }

    @Override
    public SqlType<T> type() {
        return type;
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitCast(this);
    }

    @Override
    protected void appendKey(CacheKey.Builder key) {
        key.token("cast").token(type).add(expression);
    }

    @Override
    protected void collectFroms(Set<FromClause> out) {
        expression.collectFroms(out);
    }
}
