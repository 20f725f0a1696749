package org.athanor.dialect.postgresql.sql;

import java.util.Arrays;

/**
 * An ARRAY value on its way to the driver, with the PostgreSQL name of its element type, so that pgjdbc
 * builds an array of exactly the column's type ({@code int2[]} for a SMALLINT array, where the Java
 * {@code Integer} elements alone would make {@code int4[]}, which {@code @>} refuses to compare). Made by
 * {@link PostgreSQLTypeCompiler}'s bind processor of array types; bound by the dialect. Not public API.
 *
 * <p>Immutable and thread-safe (the element array is not changed after construction).
 *
 * @param elementType the element type's name, such as {@code int2}
 * @param elements the elements, each already converted for the driver
 */
public record PgArrayValue(String elementType, Object[] elements) {

    /** @return the elements and type, such as {@code [3, 5]::int2[]} (for logs and tests) */
    @Override
    public String toString() {
        return Arrays.toString(elements) + "::" + elementType + "[]";
    }
}
