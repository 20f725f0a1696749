package org.athanor.sql.types;

/**
 * A character type carried as {@code String}: VARCHAR(length), CHAR(length), or TEXT (a large, unbounded
 * string: CLOB on Oracle). A VARCHAR without a length is accepted where the database allows it (SQLite,
 * PostgreSQL); MySQL and Oracle need one.
 *
 * <p>Immutable and thread-safe.
 */
public final class StringType extends SqlType<String> {

    /** How the string is stored. */
    public enum Variant {
        /** Variable length, up to {@link #length()}. */
        VARCHAR,
        /** Fixed length, padded. */
        CHAR,
        /** Large text. */
        TEXT
    }

    private final Variant variant;
    private final Integer length;

    StringType(Variant variant, Integer length) {
        this.variant = variant;
        this.length = length;
    }

    /** @return how the string is stored */
    public Variant variant() {
        return variant;
    }

    /** @return the length in characters, or {@code null} if not given */
    public Integer length() {
        return length;
    }

    @Override
    public TypeKind kind() {
        return variant == Variant.TEXT ? TypeKind.TEXT : TypeKind.STRING;
    }

    @Override
    public Class<String> javaType() {
        return String.class;
    }

    @Override
    protected Object[] parameters() {
        return new Object[] {variant, length};
    }

    @Override
    public String toString() {
        if (variant == Variant.TEXT) {
            return "TEXT";
        }
        return length == null ? variant.name() : variant.name() + "(" + length + ")";
    }
}
