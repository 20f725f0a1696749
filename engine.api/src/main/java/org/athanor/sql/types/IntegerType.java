package org.athanor.sql.types;

/**
 * A whole-number type: SMALLINT and INTEGER carried as {@code Integer}, BIGINT as {@code Long}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <N> {@code Integer} or {@code Long}
 */
public final class IntegerType<N extends Number> extends SqlType<N> {

    /** The storage size of an integer type. */
    public enum Size {
        /** SMALLINT (2 bytes). */
        SMALL,
        /** INTEGER (4 bytes). */
        REGULAR,
        /** BIGINT (8 bytes). */
        BIG
    }

    private final Size size;
    private final Class<N> javaType;

    IntegerType(Size size, Class<N> javaType) {
        this.size = size;
        this.javaType = javaType;
    }

    /**
     * Returns the storage size.
     *
     * @return the size
     */
    public Size size() {
        return size;
    }

    @Override
    public TypeKind kind() {
        return TypeKind.INTEGER;
    }

    @Override
    public Class<N> javaType() {
        return javaType;
    }

    @Override
    protected Object[] parameters() {
        return new Object[] {size};
    }

    @Override
    public String toString() {
        return switch (size) {
            case SMALL -> "SMALLINT";
            case REGULAR -> "INTEGER";
            case BIG -> "BIGINT";
        };
    }
}
