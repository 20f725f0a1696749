package org.athanor.sql.compiler;

import org.athanor.sql.types.SqlType;

/**
 * The value bound to an output placeholder of Oracle's {@code RETURNING ... INTO ?}: the Oracle dialect
 * recognizes it in {@code setParameter} and registers a return parameter instead of binding a value.
 *
 * <p>Immutable and thread-safe.
 *
 * @param position the zero-based position among the RETURNING columns
 * @param type the type of the returned column
 */
public record ReturningOut(int position, SqlType<?> type) {
}
