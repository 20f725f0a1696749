package org.athanor.sql;

import org.athanor.sql.types.SqlType;
import org.athanor.sql.types.SqlTypes;

/**
 * One of the SQL constants NULL, TRUE and FALSE. A dialect without a native boolean renders TRUE and FALSE
 * as 1 and 0 (or {@code 1 = 1} where a condition is expected).
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the Java class of the value
 */
public final class Keyword<T> extends Expression<T> {

    /** Which constant. */
    public enum Kind {
        /** NULL. */
        NULL,
        /** TRUE. */
        TRUE,
        /** FALSE. */
        FALSE
    }

    private static final Keyword<Object> NULL = new Keyword<>(Kind.NULL, SqlTypes.NULL);
    private static final Keyword<Boolean> TRUE = new Keyword<>(Kind.TRUE, SqlTypes.BOOLEAN);
    private static final Keyword<Boolean> FALSE = new Keyword<>(Kind.FALSE, SqlTypes.BOOLEAN);

    private final Kind kind;
    private final SqlType<T> type;

    private Keyword(Kind kind, SqlType<T> type) {
        this.kind = kind;
        this.type = type;
    }

    /** @return NULL */
    public static Keyword<Object> nullValue() {
        return NULL;
    }

    /**
     * Returns TRUE or FALSE.
     *
     * @param value which
     * @return the constant
     */
    public static Keyword<Boolean> of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /** @return which constant this is */
    public Kind kind() {
        return kind;
    }

    @Override
    public SqlType<T> type() {
        return type;
    }

    @Override
    public Expression<Boolean> not() {
        return switch (kind) {
            case TRUE -> FALSE;
            case FALSE -> TRUE;
            default -> super.not();
        };
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitKeyword(this);
    }

    @Override
    protected void appendKey(CacheKey.Builder key) {
        key.token(kind);
    }
}
