package org.athanor.sql.schema;

import java.util.List;
import org.athanor.exc.ArgumentException;

/**
 * A table's primary key, for keys of several columns or named keys; a single column is usually marked with
 * {@code Column.primaryKey()} instead.
 *
 * <p>Immutable and thread-safe.
 */
public final class PrimaryKeyConstraint extends Constraint {
    private final List<String> columns;

    private PrimaryKeyConstraint(String name, List<String> columns) {
        super(name);
        this.columns = List.copyOf(columns);
    }

    /**
     * Makes a primary key.
     *
     * @param columns the column names, in key order
     * @return the constraint
     */
    public static PrimaryKeyConstraint of(String... columns) {
        return named(null, columns);
    }

    /**
     * Makes a named primary key.
     *
     * @param name the constraint name
     * @param columns the column names
     * @return the constraint
     */
    public static PrimaryKeyConstraint named(String name, String... columns) {
        if (columns.length == 0) {
            throw new ArgumentException("A primary key needs at least one column.");
        }
        return new PrimaryKeyConstraint(name, List.of(columns));
    }

    @Override
    public List<String> columnNames() {
        return columns;
    }

    @Override
    public String toString() {
        return "PrimaryKeyConstraint" + columns;
    }
}
