package org.athanor.engine;

import java.util.List;
import java.util.Map;
import org.athanor.dialect.Dialect;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Something that can execute statements: an {@link Engine} or a {@link Connection} (seed 003's
 * Connectable). Functions that need to run SQL, such as creating a table, accept either.
 *
 * <p>Thread safety is that of the implementation: an {@code Engine} is thread-safe, a {@code Connection}
 * is not.
 */
@ProviderType
public interface Connectable {

    /**
     * Returns the dialect statements are compiled and executed for.
     *
     * @return the dialect
     */
    Dialect dialect();

    /**
     * Returns a connection for implicit execution: on an engine with the {@code threadlocal} strategy the
     * connection already checked out by this thread (if any), otherwise a new one; on a connection, itself
     * (as a branch that does not close the underlying connection when closed).
     *
     * @return a connection, which the caller closes
     */
    Connection contextualConnect();

    /**
     * Executes a SQL string as it is, with positional JDBC {@code ?} parameters.
     *
     * @param sql the SQL text, passed to the driver unchanged
     * @param parameters the values for the {@code ?} placeholders, in order
     * @return the result; close it if it may have rows left
     */
    Result execute(String sql, Object... parameters);

    /**
     * Executes a SQL string with named parameters written {@code :name}. A colon preceded by a backslash
     * ({@code \:}) is a literal colon; names inside quoted strings, quoted identifiers and comments are not
     * parameters; {@code ::} (a PostgreSQL cast) is left alone.
     *
     * @param sql the SQL text
     * @param parameters the value of each named parameter
     * @return the result
     */
    Result execute(String sql, Map<String, ?> parameters);

    /**
     * Executes a SQL string with named parameters once per parameter map, through JDBC batching
     * (DB-API's {@code executemany}).
     *
     * @param sql the SQL text with {@code :name} parameters
     * @param parameterSets one map per execution; must not be empty
     * @return a result with no rows whose rowcount is the sum over the batch, where the driver reports it
     */
    Result executeMany(String sql, List<? extends Map<String, ?>> parameterSets);

    /**
     * Executes a statement object: a SQL expression construct or a {@code text(...)} construct.
     *
     * @param statement the statement
     * @return the result
     */
    Result execute(Executable statement);

    /**
     * Executes a statement object with values for its bind parameters (and, for an insert or update,
     * values for columns it does not already set).
     *
     * @param statement the statement
     * @param parameters bind parameter values by name
     * @return the result
     */
    Result execute(Executable statement, Map<String, ?> parameters);

    /**
     * Executes a statement object once per parameter map, through JDBC batching.
     *
     * @param statement the statement
     * @param parameterSets one map per execution; must not be empty
     * @return a result with no rows (or the returned rows, where the dialect supports RETURNING with
     *     batches)
     */
    Result execute(Executable statement, List<? extends Map<String, ?>> parameterSets);
}
