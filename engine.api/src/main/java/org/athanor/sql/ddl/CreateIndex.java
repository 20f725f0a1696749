package org.athanor.sql.ddl;

import org.athanor.engine.ExecutionOptions;
import org.athanor.sql.schema.Index;
import org.athanor.sql.schema.Table;

/**
 * {@code CREATE [UNIQUE] INDEX name ON table (columns)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class CreateIndex extends DdlElement {
    private final Table table;
    private final Index index;

    /**
     * Creates the statement.
     *
     * @param table the table
     * @param index the index
     */
    public CreateIndex(Table table, Index index) {
        this(table, index, ExecutionOptions.none());
    }

    private CreateIndex(Table table, Index index, ExecutionOptions options) {
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
        return new CreateIndex(table, index, newOptions);
    }
}
