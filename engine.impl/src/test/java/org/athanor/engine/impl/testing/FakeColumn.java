package org.athanor.engine.impl.testing;

/**
 * A stand-in for a column object of the SQL expression language, which a row matches by its name.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the column name
 */
public record FakeColumn(String name) {
}
