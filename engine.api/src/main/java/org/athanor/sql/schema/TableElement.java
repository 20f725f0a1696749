package org.athanor.sql.schema;

/**
 * Something a {@link Table} is built from: a {@link Column}, a {@link Constraint}, an {@link Index}, a
 * {@link TableOption} or a {@link DialectOption}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface TableElement {
}
