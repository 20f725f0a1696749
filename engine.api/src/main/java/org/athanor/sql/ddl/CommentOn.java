package org.athanor.sql.ddl;

import org.athanor.engine.ExecutionOptions;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.Table;

/**
 * {@code COMMENT ON TABLE t IS '...'} or {@code COMMENT ON COLUMN t.c IS '...'}, for databases that set
 * comments with a statement of their own (PostgreSQL, Oracle).
 *
 * <p>Immutable and thread-safe.
 */
public final class CommentOn extends DdlElement {
    private final Table table;
    private final Column<?> column;

    /**
     * Comments a table.
     *
     * @param table the table, whose comment is used
     */
    public CommentOn(Table table) {
        this(table, null, ExecutionOptions.none());
    }

    /**
     * Comments a column.
     *
     * @param column the column, whose comment is used
     */
    public CommentOn(Column<?> column) {
        this(column.parentTable(), column, ExecutionOptions.none());
    }

    private CommentOn(Table table, Column<?> column, ExecutionOptions options) {
        super(options);
        this.table = table;
        this.column = column;
    }

    /** @return the table */
    public Table table() {
        return table;
    }

    /** @return the column, or {@code null} for a table comment */
    public Column<?> column() {
        return column;
    }

    @Override
    DdlElement copy(ExecutionOptions newOptions) {
        return new CommentOn(table, column, newOptions);
    }
}
