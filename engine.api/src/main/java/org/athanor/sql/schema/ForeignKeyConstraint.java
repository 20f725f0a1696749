package org.athanor.sql.schema;

import java.util.List;
import org.athanor.exc.ArgumentException;

/**
 * A table-level foreign key over one or more columns: {@code FOREIGN KEY (a, b) REFERENCES t (x, y)
 * [ON DELETE ...] [ON UPDATE ...]}. Column-level {@link ForeignKey}s become one of these each.
 *
 * <p>Immutable and thread-safe.
 */
public final class ForeignKeyConstraint extends Constraint {
    private final List<String> columns;
    private final String targetSchema;
    private final String targetTable;
    private final List<String> targetColumns;
    private final ReferentialAction onDelete;
    private final ReferentialAction onUpdate;

    private ForeignKeyConstraint(String name, List<String> columns, String targetSchema, String targetTable,
            List<String> targetColumns, ReferentialAction onDelete, ReferentialAction onUpdate) {
        super(name);
        if (columns.isEmpty() || columns.size() != targetColumns.size()) {
            throw new ArgumentException("A foreign key needs as many referenced columns as columns, at least one;"
                    + " got " + columns + " and " + targetColumns + ".");
        }
        this.columns = List.copyOf(columns);
        this.targetSchema = targetSchema;
        this.targetTable = targetTable;
        this.targetColumns = List.copyOf(targetColumns);
        this.onDelete = onDelete;
        this.onUpdate = onUpdate;
    }

    /**
     * Makes a foreign key.
     *
     * @param name the constraint name, or {@code null}
     * @param columns the referencing columns of this table
     * @param targetSchema the referenced table's schema, or {@code null}
     * @param targetTable the referenced table
     * @param targetColumns the referenced columns, in the same order
     * @return the constraint
     */
    public static ForeignKeyConstraint of(String name, List<String> columns, String targetSchema, String targetTable,
            List<String> targetColumns) {
        return new ForeignKeyConstraint(name, columns, targetSchema, targetTable, targetColumns, null, null);
    }

    static ForeignKeyConstraint fromColumn(String column, ForeignKey fk) {
        return new ForeignKeyConstraint(fk.name(), List.of(column), fk.targetSchema(), fk.targetTable(),
                List.of(fk.targetColumn()), fk.onDelete(), fk.onUpdate());
    }

    /**
     * Sets ON DELETE.
     *
     * @param action the action
     * @return a copy
     */
    public ForeignKeyConstraint onDelete(ReferentialAction action) {
        return new ForeignKeyConstraint(name(), columns, targetSchema, targetTable, targetColumns, action, onUpdate);
    }

    /**
     * Sets ON UPDATE.
     *
     * @param action the action
     * @return a copy
     */
    public ForeignKeyConstraint onUpdate(ReferentialAction action) {
        return new ForeignKeyConstraint(name(), columns, targetSchema, targetTable, targetColumns, onDelete, action);
    }

    @Override
    public List<String> columnNames() {
        return columns;
    }

    /** @return the referenced table's schema, or {@code null} */
    public String targetSchema() {
        return targetSchema;
    }

    /** @return the referenced table */
    public String targetTable() {
        return targetTable;
    }

    /** @return the referenced columns */
    public List<String> targetColumns() {
        return targetColumns;
    }

    /** @return ON DELETE, or {@code null} */
    public ReferentialAction onDelete() {
        return onDelete;
    }

    /** @return ON UPDATE, or {@code null} */
    public ReferentialAction onUpdate() {
        return onUpdate;
    }

    @Override
    public String toString() {
        return "ForeignKeyConstraint" + columns + " -> " + (targetSchema == null ? "" : targetSchema + ".")
                + targetTable + targetColumns;
    }
}
