package org.athanor.sql.types;

import java.util.Objects;
import org.athanor.dialect.Dialect;
import org.athanor.engine.ValueProcessor;

/**
 * A SQL type: its {@link TypeKind family} and parameters (length, precision, time zone), the Java class
 * that carries its values, and the conversions between that class and what drivers accept and return.
 *
 * <p>Types are values: two types of the same class and parameters are equal, which lets reflected types be
 * compared with declared ones and lets compiled statements be cached by shape. Conversions here are the
 * portable defaults; a dialect's {@link org.athanor.sql.compiler.TypeCompiler} may replace them (SQLite, for
 * instance, stores dates as text).
 *
 * <p>Immutable and thread-safe; subclasses must stay so.
 *
 * @param <T> the Java class of values
 */
public abstract class SqlType<T> {
    /**
     * The hash code once computed, 0 before (racy single-check, as {@code String.hash}: types are immutable,
     * so every thread computes the same value). Statement cache keys hash every column's type on each
     * execution, and {@link #parameters()} allocates.
     */
    private int hash;

    /** Creates a type; subclasses define the kind and parameters. */
    protected SqlType() {
    }

    /**
     * Returns the family of this type.
     *
     * @return the kind
     */
    public abstract TypeKind kind();

    /**
     * Returns the Java class that carries values of this type.
     *
     * @return the class
     */
    public abstract Class<T> javaType();

    /**
     * Returns the converter from a Java value to what the driver is given, for a dialect.
     *
     * @param dialect the dialect the statement is compiled for
     * @return the processor, or {@code null} to bind values unchanged
     */
    public ValueProcessor bindProcessor(Dialect dialect) {
        return null;
    }

    /**
     * Returns the converter from the driver's value to this type's Java class, for a dialect. The default
     * converts with {@link ValueConversions#convert(Object, Class)}.
     *
     * @param dialect the dialect the statement is compiled for
     * @return the processor, or {@code null} to keep the driver's value
     */
    public ValueProcessor resultProcessor(Dialect dialect) {
        Class<T> target = javaType();
        if (target == Object.class) {
            return null;
        }
        return value -> ValueConversions.convert(value, target);
    }

    /**
     * Returns the parameters that distinguish this type from others of its class, for equality.
     *
     * @return the parameters (none by default)
     */
    protected Object[] parameters() {
        return new Object[0];
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || o.getClass() != getClass()) {
            return false;
        }
        return java.util.Arrays.equals(parameters(), ((SqlType<?>) o).parameters());
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Objects.hash(getClass(), java.util.Arrays.hashCode(parameters()));
            hash = h;
        }
        return h;
    }

    /**
     * Returns a generic, ANSI-like rendering of the type, such as {@code VARCHAR(50)}; a dialect's type
     * compiler gives the name the database uses.
     *
     * @return the name
     */
    @Override
    public abstract String toString();
}
