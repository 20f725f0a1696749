package org.athanor.reflection;

import java.util.List;

/**
 * A unique constraint as the database describes it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the name, or {@code null} if the database generated one it does not report
 * @param columns the columns
 */
public record ReflectedUniqueConstraint(String name, List<String> columns) {
    /** Copies the list. */
    public ReflectedUniqueConstraint {
        columns = List.copyOf(columns);
    }
}
