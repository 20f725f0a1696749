package org.athanor.sql;

import org.athanor.sql.types.SqlType;
import org.athanor.sql.types.SqlTypes;

/**
 * The next value of a sequence: {@code nextval('s')} on PostgreSQL, {@code s.nextval} on Oracle,
 * {@code NEXT VALUE FOR s} in standard SQL. Made by {@code Sequence.nextValue()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class NextValue extends Expression<Long> {
    private final String sequence;
    private final String schema;

    /**
     * Creates the expression.
     *
     * @param sequence the sequence name
     * @param schema its schema, or {@code null}
     */
    public NextValue(String sequence, String schema) {
        this.sequence = sequence;
        this.schema = schema;
    }

    /** @return the sequence name */
    public String sequence() {
        return sequence;
    }

    /** @return the schema, or {@code null} */
    public String schema() {
        return schema;
    }

    @Override
    public SqlType<Long> type() {
        return SqlTypes.BIGINT;
    }

    @Override
    public String anonymousStem() {
        return "nextval";
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitNextValue(this);
    }

    @Override
    protected void appendKey(CacheKey.Builder key) {
        key.token("nextval").token(schema).token(sequence);
    }
}
