package org.athanor.sql.ddl;

import org.athanor.engine.ExecutionOptions;
import org.athanor.sql.schema.Table;

/**
 * {@code CREATE TABLE} with the table's columns and constraints (indexes and, on most databases, comments
 * are separate statements; see {@code DdlCompiler.createStatements}).
 *
 * <p>Immutable and thread-safe.
 */
public final class CreateTable extends DdlElement {
    private final Table table;

    /**
     * Creates the statement.
     *
     * @param table the table
     */
    public CreateTable(Table table) {
        this(table, ExecutionOptions.none());
    }

    private CreateTable(Table table, ExecutionOptions options) {
        super(options);
        this.table = table;
    }

    /** @return the table */
    public Table table() {
        return table;
    }

    @Override
    DdlElement copy(ExecutionOptions newOptions) {
        return new CreateTable(table, newOptions);
    }
}
