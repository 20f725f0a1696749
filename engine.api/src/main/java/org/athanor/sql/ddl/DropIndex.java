package org.athanor.sql.ddl;

import org.athanor.engine.ExecutionOptions;
import org.athanor.sql.schema.Index;
import org.athanor.sql.schema.Table;

/**
 * {@code DROP INDEX name} ({@code DROP INDEX name ON table} on MySQL).
 *
 * <p>Immutable and thread-safe.
 */
public final class DropIndex extends DdlElement {
    private final Table table;
    private final Index index;

    /**
     * Creates the statement.
     *
     * @param table the table
     * @param index the index
     */
    public DropIndex(Table table, Index index) {
        this(table, index, ExecutionOptions.none());
    }

    private DropIndex(Table table, Index index, ExecutionOptions options) {
        super(options);
        this.table = table;
        this.index = index;
    }

    /** @return the table */
    public Table table() {
        return table;
    }

    /** @return the index */
    public Index index() {
        return index;
    }

    @Override
    DdlElement copy(ExecutionOptions newOptions) {
        return new DropIndex(table, index, newOptions);
    }
}
