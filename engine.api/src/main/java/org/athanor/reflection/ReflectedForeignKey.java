package org.athanor.reflection;

import java.util.List;
import org.athanor.sql.schema.ReferentialAction;

/**
 * A foreign key as the database describes it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the constraint name, or {@code null}
 * @param columns the referencing columns
 * @param referredSchema the referenced table's schema, or {@code null} for the same schema
 * @param referredTable the referenced table
 * @param referredColumns the referenced columns, in the same order
 * @param onDelete the ON DELETE action, or {@code null} for the default (NO ACTION)
 * @param onUpdate the ON UPDATE action, or {@code null} for the default
 */
public record ReflectedForeignKey(String name, List<String> columns, String referredSchema, String referredTable,
        List<String> referredColumns, ReferentialAction onDelete, ReferentialAction onUpdate) {
    /** Copies the lists. */
    public ReflectedForeignKey {
        columns = List.copyOf(columns);
        referredColumns = List.copyOf(referredColumns);
    }
}
