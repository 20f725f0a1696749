package org.athanor.sql.types;

/**
 * A bytes type carried as {@code byte[]}: VARBINARY(length) or, without a length, a large binary (BLOB,
 * BYTEA).
 *
 * <p>Immutable and thread-safe.
 */
public final class BinaryType extends SqlType<byte[]> {
    private final Integer length;

    BinaryType(Integer length) {
        this.length = length;
    }

    /** @return the length in bytes, or {@code null} for a large binary */
    public Integer length() {
        return length;
    }

    @Override
    public TypeKind kind() {
        return TypeKind.BINARY;
    }

    @Override
    public Class<byte[]> javaType() {
        return byte[].class;
    }

    @Override
    protected Object[] parameters() {
        return new Object[] {length};
    }

    @Override
    public String toString() {
        return length == null ? "BLOB" : "VARBINARY(" + length + ")";
    }
}
