package org.athanor.sql.schema;

/**
 * Something a {@link Table} is built from: a {@link Column}, a {@link Constraint}, an {@link Index} or a
 * {@link TableOption}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface TableElement {
}
