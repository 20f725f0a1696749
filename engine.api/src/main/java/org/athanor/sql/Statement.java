package org.athanor.sql;

import java.util.Map;
import org.athanor.dialect.Dialect;
import org.athanor.engine.Compiled;
import org.athanor.engine.Connectable;
import org.athanor.engine.Executable;
import org.athanor.engine.ExecutionOptions;
import org.athanor.engine.Result;
import org.athanor.exc.InvalidRequestException;
import org.athanor.sql.compiler.StatementCache;

/**
 * A statement of the expression language — SELECT, INSERT, UPDATE, DELETE or text — that a connection can
 * execute. It compiles itself for a dialect, reusing the compiled form of an earlier statement of the same
 * shape from the dialect's {@link StatementCache} (unless the {@code no_cache} execution option is set).
 *
 * <p>Immutable and thread-safe (it memoizes its last cache key, which changes nothing observable); the
 * generative methods of subclasses return new statements.
 */
public abstract class Statement extends ClauseElement implements Executable {
    private final ExecutionOptions options;
    /**
     * The last cache key built for this statement ({@link CacheKey#of}), with the parameter names it was
     * built for; a memo, not state: any thread may replace it with an equal key for other names.
     */
    volatile CacheKey cacheKeyMemo;

    /**
     * Creates a statement.
     *
     * @param options its execution options
     */
    protected Statement(ExecutionOptions options) {
        this.options = options == null ? ExecutionOptions.none() : options;
    }

    @Override
    public ExecutionOptions executionOptions() {
        return options;
    }

    /**
     * Returns a copy with these execution options merged over the current ones.
     *
     * @param more the options to add
     * @return the new statement
     */
    @Override
    public abstract Statement executionOptions(ExecutionOptions more);

    @Override
    public Compiled compile(Dialect dialect) {
        return compile(dialect, Map.of());
    }

    @Override
    public Compiled compile(Dialect dialect, Map<String, ?> parameters) {
        return StatementCache.compile(this, dialect, parameters == null ? Map.of() : parameters);
    }

    /**
     * Returns the engine or connection this statement runs on implicitly: the bind of the metadata of a
     * table it uses.
     *
     * @return the connectable, or {@code null} if none is bound
     */
    public abstract Connectable bind();

    /**
     * Executes this statement on the engine its tables' metadata is bound to (seed 001's implicit
     * execution, {@code table.select().execute()}).
     *
     * <p><strong>Discouraged.</strong> As seed 001 says of "bound metadata" and "implicit execution": they
     * are not required by any API and are never necessary; implicit execution is a very old usage pattern
     * that in most cases is more confusing than it is helpful, and it makes associating a statement with a
     * particular transaction much more difficult — {@code execute()} on a statement usually means the
     * execution is not part of any particular transaction. Prefer {@code connection.execute(statement)}.
     *
     * @return the result; close it (it holds a connection until closed or exhausted)
     * @throws InvalidRequestException if no table of the statement has bound metadata
     */
    public Result execute() {
        return requireBind().execute(this);
    }

    /**
     * Executes this statement implicitly with parameters (see {@link #execute()}, discouraged).
     *
     * @param parameters the parameter values by name
     * @return the result
     */
    public Result execute(Map<String, ?> parameters) {
        return requireBind().execute(this, parameters);
    }

    private Connectable requireBind() {
        Connectable c = bind();
        if (c == null) {
            throw new InvalidRequestException("This statement is not bound to an engine or connection, so it"
                    + " cannot execute itself. Execute it with connection.execute(statement) (recommended), or"
                    + " bind its tables' MetaData with metadata.bind(engine) (discouraged).");
        }
        return c;
    }

    /**
     * Returns the first bound connectable among tables.
     *
     * @param froms FROM elements
     * @return the connectable, or {@code null}
     */
    static Connectable bindOf(Iterable<? extends FromClause> froms) {
        for (FromClause f : froms) {
            for (FromClause covered : f.coveredFroms()) {
                FromClause base = covered instanceof Alias a ? a.original() : covered;
                if (base instanceof TableClause t && t.bind() != null) {
                    return t.bind();
                }
                if (base instanceof Subquery s && s.selectStatement().bind() != null) {
                    return s.selectStatement().bind();
                }
            }
        }
        return null;
    }
}
