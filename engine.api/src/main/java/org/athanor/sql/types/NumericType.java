package org.athanor.sql.types;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.athanor.dialect.Dialect;
import org.athanor.engine.ValueProcessor;

/**
 * An exact decimal type, NUMERIC(precision, scale), carried as {@code BigDecimal}. Values read back are
 * given the declared scale, so a database that stores decimals approximately (SQLite) still returns
 * {@code 12.50} for a NUMERIC(10, 2) column.
 *
 * <p>Immutable and thread-safe.
 */
public final class NumericType extends SqlType<BigDecimal> {
    private final Integer precision;
    private final Integer scale;

    NumericType(Integer precision, Integer scale) {
        this.precision = precision;
        this.scale = scale;
    }

    /** @return the precision (total digits), or {@code null} if not given */
    public Integer precision() {
        return precision;
    }

    /** @return the scale (digits after the point), or {@code null} if not given */
    public Integer scale() {
        return scale;
    }

    @Override
    public TypeKind kind() {
        return TypeKind.NUMERIC;
    }

    @Override
    public Class<BigDecimal> javaType() {
        return BigDecimal.class;
    }

    @Override
    public ValueProcessor resultProcessor(Dialect dialect) {
        Integer s = scale;
        return value -> {
            BigDecimal d = ValueConversions.convert(value, BigDecimal.class);
            return d == null || s == null ? d : d.setScale(s, RoundingMode.HALF_EVEN);
        };
    }

    @Override
    protected Object[] parameters() {
        return new Object[] {precision, scale};
    }

    @Override
    public String toString() {
        if (precision == null) {
            return "NUMERIC";
        }
        return scale == null ? "NUMERIC(" + precision + ")" : "NUMERIC(" + precision + ", " + scale + ")";
    }
}
