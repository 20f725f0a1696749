package org.athanor.sql.compiler;

import org.athanor.engine.ValueProcessor;
import org.athanor.sql.types.SqlType;

/**
 * One result column of a compiled statement: its name, its type and the conversion applied to its values.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the name the statement gives the column
 * @param type the type
 * @param processor the conversion of driver values, or {@code null}
 */
public record ResultColumn(String name, SqlType<?> type, ValueProcessor processor) {
}
