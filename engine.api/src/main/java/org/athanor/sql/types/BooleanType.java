package org.athanor.sql.types;

import org.athanor.dialect.Capabilities;
import org.athanor.dialect.Dialect;
import org.athanor.engine.ValueProcessor;

/**
 * A true-or-false type carried as {@code Boolean}. Where the database has no native boolean (Oracle, and
 * MySQL's TINYINT(1)), values are bound as 1 and 0 and read back from any number or text.
 *
 * <p>Immutable and thread-safe.
 */
public final class BooleanType extends SqlType<Boolean> {

    BooleanType() {
    }

    @Override
    public TypeKind kind() {
        return TypeKind.BOOLEAN;
    }

    @Override
    public Class<Boolean> javaType() {
        return Boolean.class;
    }

    @Override
    public ValueProcessor bindProcessor(Dialect dialect) {
        if (dialect.capabilities().has(Capabilities.Feature.NATIVE_BOOLEAN)) {
            return null;
        }
        return value -> value instanceof Boolean b ? (b ? 1 : 0) : value;
    }

    @Override
    public String toString() {
        return "BOOLEAN";
    }
}
