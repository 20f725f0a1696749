package org.athanor.sql.ddl;

import org.athanor.engine.ExecutionOptions;
import org.athanor.sql.schema.Table;

/**
 * {@code DROP TABLE}.
 *
 * <p>Immutable and thread-safe.
 */
public final class DropTable extends DdlElement {
    private final Table table;

    /**
     * Creates the statement.
     *
     * @param table the table
     */
    public DropTable(Table table) {
        this(table, ExecutionOptions.none());
    }

    private DropTable(Table table, ExecutionOptions options) {
        super(options);
        this.table = table;
    }

    /** @return the table */
    public Table table() {
        return table;
    }

    @Override
    DdlElement copy(ExecutionOptions newOptions) {
        return new DropTable(table, newOptions);
    }
}
