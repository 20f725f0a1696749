package org.athanor.sql.schema;

import java.util.List;

/**
 * A table constraint: primary key, foreign key, unique or check. A constraint without a name gets one from
 * the database.
 *
 * <p>Immutable and thread-safe.
 */
public abstract sealed class Constraint implements TableElement
        permits PrimaryKeyConstraint, ForeignKeyConstraint, UniqueConstraint, CheckConstraint {
    private final String name;

    Constraint(String name) {
        this.name = name;
    }

    /** @return the constraint name, or {@code null} */
    public String name() {
        return name;
    }

    /** @return the names of the constrained columns (none for a check constraint written as text) */
    public abstract List<String> columnNames();
}
