package org.athanor.sql;

import org.athanor.sql.types.SqlType;

/**
 * A one-column, one-row SELECT used as a value: {@code (SELECT count(*) FROM ...)}. Tables of the enclosing
 * SELECT that it mentions are correlated (left out of its own FROM list).
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the Java class of the value
 */
public final class ScalarSubquery<T> extends Expression<T> {
    private final SelectBase select;
    private final SqlType<T> type;

    ScalarSubquery(SelectBase select, SqlType<T> type) {
        this.select = select;
        this.type = type;
    }

    /** @return the SELECT */
    public SelectBase select() {
        return select;
    }

    @Override
    public SqlType<T> type() {
        return type;
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitScalarSubquery(this);
    }

    @Override
    protected void appendKey(CacheKey.Builder key) {
        key.token("scalar").add(select);
    }
}
