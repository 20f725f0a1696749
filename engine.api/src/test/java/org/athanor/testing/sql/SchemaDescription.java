package org.athanor.testing.sql;

import java.util.ArrayList;
import java.util.List;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.ForeignKeyConstraint;
import org.athanor.sql.schema.Index;
import org.athanor.sql.schema.Table;
import org.athanor.sql.schema.UniqueConstraint;

/**
 * Describes a table as text — columns with type, nullability, autoincrement and whether a server default is
 * set; the primary key; foreign keys with their targets and ON DELETE; unique constraints; indexes — so that
 * a declared table and its reflected copy can be compared in one assertion. Names the database may generate
 * (of unnamed keys and unique constraints) are left out.
 *
 * <p>Thread-safe: it holds no state.
 */
public final class SchemaDescription {
    private SchemaDescription() {
    }

    /**
     * Describes a table.
     *
     * @param t the table
     * @return one line per column, key, constraint and index
     */
    public static String describe(Table t) {
        List<String> parts = new ArrayList<>();
        for (Column<?> c : t.schemaColumns()) {
            parts.add(c.name() + " " + c.type() + (c.isNullable() ? "" : " NOT NULL")
                    + (c.isAutoincrement() ? " AUTO" : "") + (c.serverDefault() == null ? "" : " DEFAULT"));
        }
        parts.add("PK " + (t.primaryKey() == null ? "none" : t.primaryKey().columnNames()));
        for (ForeignKeyConstraint fk : t.foreignKeyConstraints()) {
            parts.add("FK " + fk.columnNames() + " -> " + fk.targetTable() + fk.targetColumns() + " " + fk.onDelete());
        }
        for (UniqueConstraint u : t.uniqueConstraints()) {
            parts.add("UQ " + u.columnNames());
        }
        for (Index i : t.indexes()) {
            parts.add("IX " + i.name() + " " + i.columnNames() + (i.isUnique() ? " unique" : ""));
        }
        return String.join("\n", parts);
    }
}
