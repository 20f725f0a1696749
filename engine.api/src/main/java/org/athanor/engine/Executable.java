package org.athanor.engine;

import java.util.Map;
import org.athanor.dialect.Dialect;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A statement that a {@link Connection} can execute: a SQL expression construct ({@code select},
 * {@code insert}, ...), a {@code text(...)} construct or a DDL element. It compiles itself for a dialect
 * into a {@link Compiled} form and carries statement-level execution options.
 *
 * <p>Implementations are immutable and thread-safe; methods that change something return a copy.
 */
@ProviderType
public interface Executable {

    /**
     * Returns the execution options set on this statement (empty by default).
     *
     * @return the options
     */
    ExecutionOptions executionOptions();

    /**
     * Returns a copy of this statement whose execution options are these merged over the current ones
     * (seed 001: {@code text("SELECT my_mutating_procedure()").execution_options(autocommit=True)}).
     *
     * @param options the options to add
     * @return a new statement
     */
    Executable executionOptions(ExecutionOptions options);

    /**
     * Compiles this statement for a dialect. Implementations cache compiled forms by statement shape, so
     * the same shape compiled again for the same dialect is not compiled twice.
     *
     * @param dialect the dialect
     * @return the compiled form
     */
    Compiled compile(Dialect dialect);

    /**
     * Compiles this statement for a dialect and the parameters it is about to be executed with. An INSERT or
     * UPDATE without explicit values takes its columns from the parameter names (seed 001's
     * {@code connection.execute(table1.insert(), col1=7, col2='this is some data')}); for a many-row
     * execution, pass the first parameter set. The engine calls this method; the default ignores the
     * parameters.
     *
     * @param dialect the dialect
     * @param parameters the execution parameters (only their names matter); may be empty
     * @return the compiled form
     */
    default Compiled compile(Dialect dialect, Map<String, ?> parameters) {
        return compile(dialect);
    }
}
