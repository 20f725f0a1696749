package org.athanor.sql.schema;

import java.util.List;
import org.athanor.exc.ArgumentException;

/**
 * An index on columns of a table, possibly unique: {@code Index.on("ix_users_name", "name")}. It is
 * created with its table ({@code CREATE [UNIQUE] INDEX name ON table (columns)}).
 *
 * <p>Immutable and thread-safe.
 */
public final class Index implements TableElement {
    private final String name;
    private final List<String> columns;
    private final boolean unique;

    private Index(String name, List<String> columns, boolean unique) {
        if (name == null || name.isEmpty()) {
            throw new ArgumentException("An index needs a name.");
        }
        if (columns.isEmpty()) {
            throw new ArgumentException("Index '" + name + "' needs at least one column.");
        }
        this.name = name;
        this.columns = List.copyOf(columns);
        this.unique = unique;
    }

    /**
     * Makes an index.
     *
     * @param name the index name
     * @param columns the column names, in index order
     * @return the index
     */
    public static Index on(String name, String... columns) {
        return new Index(name, List.of(columns), false);
    }

    /** @return a unique copy of this index */
    public Index unique() {
        return new Index(name, columns, true);
    }

    /** @return the name */
    public String name() {
        return name;
    }

    /** @return the column names */
    public List<String> columnNames() {
        return columns;
    }

    /** @return whether unique */
    public boolean isUnique() {
        return unique;
    }

    @Override
    public String toString() {
        return "Index(" + name + (unique ? ", unique" : "") + ")" + columns;
    }
}
