package org.athanor.sql.schema;

import org.athanor.exc.ArgumentException;
import org.athanor.exc.InvalidRequestException;
import org.athanor.sql.ColumnClause;

/**
 * A column-level foreign key: the column it is declared on references a column of another (or the same)
 * table, named {@code "table.column"} or {@code "schema.table.column"}, or given as a column object. A
 * reference by name is resolved through the table's {@link MetaData} when it is needed, so tables can be
 * declared in any order.
 *
 * <p>Immutable and thread-safe.
 */
public final class ForeignKey {
    private final String targetSchema;
    private final String targetTable;
    private final String targetColumn;
    private final ColumnClause<?> targetObject;
    private final String name;
    private final ReferentialAction onDelete;
    private final ReferentialAction onUpdate;

    private ForeignKey(String targetSchema, String targetTable, String targetColumn, ColumnClause<?> targetObject,
            String name, ReferentialAction onDelete, ReferentialAction onUpdate) {
        this.targetSchema = targetSchema;
        this.targetTable = targetTable;
        this.targetColumn = targetColumn;
        this.targetObject = targetObject;
        this.name = name;
        this.onDelete = onDelete;
        this.onUpdate = onUpdate;
    }

    /**
     * References a column by name.
     *
     * @param target {@code "table.column"} or {@code "schema.table.column"}
     * @return the foreign key
     */
    public static ForeignKey to(String target) {
        String[] parts = target == null ? new String[0] : target.split("\\.");
        if (parts.length < 2 || parts.length > 3) {
            throw new ArgumentException("A foreign key target is written \"table.column\" or"
                    + " \"schema.table.column\", not \"" + target + "\".");
        }
        return parts.length == 2 ? new ForeignKey(null, parts[0], parts[1], null, null, null, null)
                : new ForeignKey(parts[0], parts[1], parts[2], null, null, null, null);
    }

    /**
     * References a column object of a table already built.
     *
     * @param target the column
     * @return the foreign key
     */
    public static ForeignKey to(ColumnClause<?> target) {
        if (!(target.table() instanceof Table t)) {
            throw new ArgumentException("A foreign key must reference a column of a Table.");
        }
        return new ForeignKey(t.schema(), t.name(), target.name(), target, null, null, null);
    }

    /**
     * Names the constraint.
     *
     * @param constraintName the name
     * @return a copy
     */
    public ForeignKey named(String constraintName) {
        return new ForeignKey(targetSchema, targetTable, targetColumn, targetObject, constraintName, onDelete,
                onUpdate);
    }

    /**
     * Sets ON DELETE.
     *
     * @param action the action
     * @return a copy
     */
    public ForeignKey onDelete(ReferentialAction action) {
        return new ForeignKey(targetSchema, targetTable, targetColumn, targetObject, name, action, onUpdate);
    }

    /**
     * Sets ON UPDATE.
     *
     * @param action the action
     * @return a copy
     */
    public ForeignKey onUpdate(ReferentialAction action) {
        return new ForeignKey(targetSchema, targetTable, targetColumn, targetObject, name, onDelete, action);
    }

    /** @return the referenced table's schema, or {@code null} */
    public String targetSchema() {
        return targetSchema;
    }

    /** @return the referenced table's name */
    public String targetTable() {
        return targetTable;
    }

    /** @return the referenced column's name */
    public String targetColumn() {
        return targetColumn;
    }

    /** @return the constraint name, or {@code null} */
    public String name() {
        return name;
    }

    /** @return ON DELETE, or {@code null} */
    public ReferentialAction onDelete() {
        return onDelete;
    }

    /** @return ON UPDATE, or {@code null} */
    public ReferentialAction onUpdate() {
        return onUpdate;
    }

    /**
     * Finds the referenced column.
     *
     * @param metadata the metadata to look the table up in
     * @return the column, or {@code null} if its table is not (yet) in the metadata
     * @throws InvalidRequestException if the table is there but has no such column
     */
    public ColumnClause<?> resolve(MetaData metadata) {
        if (targetObject != null) {
            return targetObject;
        }
        if (metadata == null) {
            return null;
        }
        Table t = metadata.findTable(targetSchema, targetTable).orElse(null);
        if (t == null) {
            return null;
        }
        if (!t.hasColumn(targetColumn)) {
            throw new InvalidRequestException("Foreign key target " + this + " names a column that table '"
                    + t.fullName() + "' does not have.");
        }
        return t.c(targetColumn);
    }

    @Override
    public String toString() {
        return (targetSchema == null ? "" : targetSchema + ".") + targetTable + "." + targetColumn;
    }
}
