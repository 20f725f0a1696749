package org.athanor.sql.types;

/**
 * The family a {@link SqlType} belongs to, which decides how a type compiler names it and how values are
 * converted.
 *
 * <p>Thread-safe (an enum).
 */
public enum TypeKind {
    /** Whole numbers: SMALLINT, INTEGER, BIGINT. */
    INTEGER,
    /** Exact decimals: NUMERIC / DECIMAL with precision and scale. */
    NUMERIC,
    /** Approximate numbers: REAL, FLOAT, DOUBLE PRECISION. */
    FLOAT,
    /** Character strings of bounded length: VARCHAR, CHAR. */
    STRING,
    /** Character strings without a practical bound: TEXT, CLOB. */
    TEXT,
    /** True or false. */
    BOOLEAN,
    /** A calendar date. */
    DATE,
    /** A time of day. */
    TIME,
    /** A date and time, with or without a time zone. */
    DATETIME,
    /** Bytes: VARBINARY, BLOB, BYTEA. */
    BINARY,
    /** A UUID, native where the database has the type, otherwise a 36-character string. */
    UUID,
    /** A JSON document, held as its text. */
    JSON,
    /** A type Athanor does not know: values pass through unconverted. */
    NULL
}
