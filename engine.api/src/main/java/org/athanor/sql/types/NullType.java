package org.athanor.sql.types;

import org.athanor.dialect.Dialect;
import org.athanor.engine.ValueProcessor;

/**
 * The type of an expression whose type is unknown (an untyped bind parameter, a column reflected with a
 * type Athanor does not recognize): values pass through as the driver gives them. A reflected unknown type
 * keeps the database's name for it.
 *
 * <p>Immutable and thread-safe.
 */
public final class NullType extends SqlType<Object> {
    private final String name;

    NullType(String name) {
        this.name = name;
    }

    /** @return the database's name for the type, or {@code null} if there is none */
    public String name() {
        return name;
    }

    @Override
    public TypeKind kind() {
        return TypeKind.NULL;
    }

    @Override
    public Class<Object> javaType() {
        return Object.class;
    }

    @Override
    public ValueProcessor resultProcessor(Dialect dialect) {
        return null;
    }

    @Override
    protected Object[] parameters() {
        return new Object[] {name};
    }

    @Override
    public String toString() {
        return name == null ? "NULL" : name;
    }
}
