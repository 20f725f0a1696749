package org.athanor.sql.types;

import java.util.UUID;
import org.athanor.dialect.Capabilities;
import org.athanor.dialect.Dialect;
import org.athanor.engine.ValueProcessor;

/**
 * A UUID type carried as {@code java.util.UUID}: native where the database has one (PostgreSQL's
 * {@code uuid}), otherwise stored as its 36-character text.
 *
 * <p>Immutable and thread-safe.
 */
public final class UuidType extends SqlType<UUID> {

    UuidType() {
    }

    @Override
    public TypeKind kind() {
        return TypeKind.UUID;
    }

    @Override
    public Class<UUID> javaType() {
        return UUID.class;
    }

    @Override
    public ValueProcessor bindProcessor(Dialect dialect) {
        if (dialect.capabilities().has(Capabilities.Feature.NATIVE_UUID)) {
            return null;
        }
        return value -> value instanceof UUID u ? u.toString() : value;
    }

    @Override
    public String toString() {
        return "UUID";
    }
}
