package org.athanor.sql;

import org.athanor.sql.types.SqlType;

/**
 * Raw SQL text used as an expression ({@code SQL.literalColumn("CURRENT_TIMESTAMP")}), rendered exactly
 * as given. The text is trusted: never build it from user input.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the Java class of the values
 */
public final class LiteralColumn<T> extends Expression<T> {
    private final String text;
    private final SqlType<T> type;

    LiteralColumn(String text, SqlType<T> type) {
        this.text = text;
        this.type = type;
    }

    /** @return the SQL text */
    public String text() {
        return text;
    }

    @Override
    public SqlType<T> type() {
        return type;
    }

    @Override
    public String naturalName() {
        return null;
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitLiteralColumn(this);
    }

    @Override
    protected void appendKey(CacheKey.Builder key) {
        key.token("text").token(text).token(type);
    }
}
