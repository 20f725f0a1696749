package org.athanor.sql.ddl;

import org.athanor.dialect.Dialect;
import org.athanor.engine.Compiled;
import org.athanor.engine.Executable;
import org.athanor.engine.ExecutionOptions;

/**
 * A DDL statement that a connection can execute ({@code connection.execute(new CreateTable(users))}),
 * compiled by the dialect's DDL compiler. DDL is not cached: it runs rarely.
 *
 * <p>Immutable and thread-safe.
 */
public abstract class DdlElement implements Executable {
    private final ExecutionOptions options;

    DdlElement(ExecutionOptions options) {
        this.options = options == null ? ExecutionOptions.none() : options;
    }

    @Override
    public ExecutionOptions executionOptions() {
        return options;
    }

    @Override
    public DdlElement executionOptions(ExecutionOptions more) {
        return copy(options.merge(more));
    }

    /**
     * Returns a copy with other options.
     *
     * @param newOptions the options
     * @return the copy
     */
    abstract DdlElement copy(ExecutionOptions newOptions);

    @Override
    public Compiled compile(Dialect dialect) {
        return dialect.ddlCompiler().compile(this);
    }

    @Override
    public String toString() {
        return org.athanor.sql.compiler.GenericDialect.INSTANCE.ddlCompiler().sql(this);
    }
}
