package org.athanor.sql.schema;

import java.util.List;
import org.athanor.exc.ArgumentException;

/**
 * A UNIQUE constraint over one or more columns.
 *
 * <p>Immutable and thread-safe.
 */
public final class UniqueConstraint extends Constraint {
    private final List<String> columns;

    private UniqueConstraint(String name, List<String> columns) {
        super(name);
        if (columns.isEmpty()) {
            throw new ArgumentException("A unique constraint needs at least one column.");
        }
        this.columns = List.copyOf(columns);
    }

    /**
     * Makes an unnamed unique constraint.
     *
     * @param columns the column names
     * @return the constraint
     */
    public static UniqueConstraint of(String... columns) {
        return new UniqueConstraint(null, List.of(columns));
    }

    /**
     * Makes a named unique constraint.
     *
     * @param name the name
     * @param columns the column names
     * @return the constraint
     */
    public static UniqueConstraint named(String name, String... columns) {
        return new UniqueConstraint(name, List.of(columns));
    }

    @Override
    public List<String> columnNames() {
        return columns;
    }

    @Override
    public String toString() {
        return "UniqueConstraint" + (name() == null ? "" : "(" + name() + ")") + columns;
    }
}
