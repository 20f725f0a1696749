package org.athanor.testing.suite;

/**
 * The column types whose values the conformance suite round-trips, each with the DDL type most databases
 * accept; {@link Requirements.Builder#columnType} replaces it where a database spells it differently.
 *
 * <p>Thread-safe (an enum).
 */
public enum ColumnKind {
    /** A 32-bit integer. */
    INTEGER("INTEGER"),
    /** A 64-bit integer. */
    BIGINT("BIGINT"),
    /** An exact decimal with 28 digits, 10 after the point. */
    DECIMAL("DECIMAL(28,10)"),
    /** A double-precision floating-point number. */
    FLOAT("DOUBLE PRECISION"),
    /** A string of up to 100 characters. */
    STRING("VARCHAR(100)"),
    /** A long text. */
    TEXT("TEXT"),
    /** A boolean. */
    BOOLEAN("BOOLEAN"),
    /** A date. */
    DATE("DATE"),
    /** A time of day. */
    TIME("TIME"),
    /** A date and time without zone. */
    TIMESTAMP("TIMESTAMP"),
    /** Bytes. */
    BINARY("BLOB");

    private final String defaultDdl;

    ColumnKind(String defaultDdl) {
        this.defaultDdl = defaultDdl;
    }

    /**
     * Returns the DDL type used unless the requirements name another.
     *
     * @return such as {@code VARCHAR(100)}
     */
    public String defaultDdl() {
        return defaultDdl;
    }
}
