package org.athanor.sql;

import org.athanor.sql.types.SqlType;
import org.athanor.sql.types.SqlTypes;

/**
 * {@code EXISTS (SELECT ...)}; negate it with {@link #not()} for NOT EXISTS. Tables of the enclosing SELECT
 * that the subquery mentions are correlated.
 *
 * <p>Immutable and thread-safe.
 */
public final class Exists extends Expression<Boolean> {
    private final SelectBase select;

    Exists(SelectBase select) {
        this.select = select;
    }

    /** @return the SELECT */
    public SelectBase select() {
        return select;
    }

    @Override
    public SqlType<Boolean> type() {
        return SqlTypes.BOOLEAN;
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitExists(this);
    }

    @Override
    protected void appendKey(CacheKey.Builder key) {
        key.token("exists").add(select);
    }
}
