package org.athanor.sql;

import org.athanor.sql.types.SqlType;

/**
 * A value rendered into the SQL text as a literal ({@code 42}, {@code 'O''Brien'}, {@code DATE '2024-01-31'}),
 * escaped by the dialect so that it stays one literal whatever it holds. Use it where a database does not
 * accept a parameter (DDL defaults, some function arguments); everywhere else a bind parameter is better.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the Java class of the value
 */
public final class InlineLiteral<T> extends Expression<T> {
    private final Object value;
    private final SqlType<T> type;

    InlineLiteral(Object value, SqlType<T> type) {
        this.value = value;
        this.type = type;
    }

    /** @return the value */
    public Object value() {
        return value;
    }

    @Override
    public SqlType<T> type() {
        return type;
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitInlineLiteral(this);
    }

    @Override
    protected void appendKey(CacheKey.Builder key) {
        key.token("lit").token(value == null ? null : value.getClass()).token(value instanceof byte[] b
                ? java.util.Arrays.toString(b) : value).token(type);
    }
}
