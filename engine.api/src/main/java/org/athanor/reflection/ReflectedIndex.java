package org.athanor.reflection;

import java.util.List;

/**
 * An index as the database describes it (not those that implement the primary key or a unique constraint).
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the name
 * @param columns the columns in index order
 * @param unique whether unique
 */
public record ReflectedIndex(String name, List<String> columns, boolean unique) {
    /** Copies the list. */
    public ReflectedIndex {
        columns = List.copyOf(columns);
    }
}
