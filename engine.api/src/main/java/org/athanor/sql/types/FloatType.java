package org.athanor.sql.types;

/**
 * An approximate number type (REAL, FLOAT, DOUBLE PRECISION), carried as {@code Double}.
 *
 * <p>Immutable and thread-safe.
 */
public final class FloatType extends SqlType<Double> {
    private final boolean doublePrecision;

    FloatType(boolean doublePrecision) {
        this.doublePrecision = doublePrecision;
    }

    /** @return whether this is double precision (8 bytes) rather than single (REAL) */
    public boolean doublePrecision() {
        return doublePrecision;
    }

    @Override
    public TypeKind kind() {
        return TypeKind.FLOAT;
    }

    @Override
    public Class<Double> javaType() {
        return Double.class;
    }

    @Override
    protected Object[] parameters() {
        return new Object[] {doublePrecision};
    }

    @Override
    public String toString() {
        return doublePrecision ? "DOUBLE PRECISION" : "REAL";
    }
}
