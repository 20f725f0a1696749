package org.athanor.sql.types;

/**
 * A JSON type carried as the document's text ({@code String}), on databases that have one (PostgreSQL
 * {@code jsonb}, MySQL {@code json}); elsewhere it is stored as text. Athanor does not parse the document:
 * use the JSON library of your choice on the text.
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonType extends SqlType<String> {

    JsonType() {
    }

    @Override
    public TypeKind kind() {
        return TypeKind.JSON;
    }

    @Override
    public Class<String> javaType() {
        return String.class;
    }

    @Override
    public String toString() {
        return "JSON";
    }
}
