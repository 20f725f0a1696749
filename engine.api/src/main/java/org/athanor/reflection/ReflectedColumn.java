package org.athanor.reflection;

import org.athanor.sql.types.SqlType;

/**
 * A column as the database describes it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the name (normalized: lower case where the database folds unquoted names to upper case)
 * @param type the type, mapped to Athanor's types
 * @param nullable whether NULL is allowed
 * @param defaultSql the server default as SQL text, or {@code null}
 * @param autoincrement whether the database generates values for it
 * @param comment the comment, or {@code null}
 */
public record ReflectedColumn(String name, SqlType<?> type, boolean nullable, String defaultSql,
        boolean autoincrement, String comment) {
}
