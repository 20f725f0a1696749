package org.athanor.reflection;

import java.util.List;

/**
 * A primary key as the database describes it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the constraint name, or {@code null}
 * @param columns the columns in key order (empty if the table has no primary key)
 */
public record ReflectedPrimaryKey(String name, List<String> columns) {
    /** Copies the list. */
    public ReflectedPrimaryKey {
        columns = List.copyOf(columns);
    }
}
