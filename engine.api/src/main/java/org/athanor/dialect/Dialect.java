package org.athanor.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.athanor.engine.Compiled;
import org.athanor.engine.ExecutionOptions;
import org.athanor.engine.URL;
import org.athanor.exc.DBAPIException;
import org.athanor.pool.ConnectionCreator;
import org.athanor.pool.PoolDialect;
import org.athanor.pool.PoolFactory;
import org.athanor.reflection.Reflector;
import org.athanor.sql.compiler.CompilerKit;
import org.athanor.sql.compiler.DdlCompiler;
import org.athanor.sql.compiler.IdentifierPreparer;
import org.athanor.sql.compiler.StatementCache;
import org.athanor.sql.compiler.StatementCompiler;
import org.athanor.sql.compiler.TypeCompiler;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Everything the engine needs to know about one database and driver (seed 003's Dialect): how to connect,
 * which pool suits it, its server version and capabilities, transactions and isolation levels, how to
 * classify its errors and spot a dead connection, and how to compile statements for it.
 *
 * <p>Do not implement this interface directly: extend {@link DefaultDialect}, which implements every method
 * with standard JDBC behaviour, so that methods added here later reach your dialect with a sensible
 * default (as SQLAlchemy says of {@code DefaultDialect}).
 *
 * <p>Each engine has its own dialect instance, configured once and then used from many threads: after
 * {@link #configure} and {@link #initialize}, implementations must be thread-safe.
 */
@ProviderType
public interface Dialect extends PoolDialect {

    /**
     * Returns the database name used in URLs, such as {@code postgresql}.
     *
     * @return the name
     */
    String name();

    /**
     * Returns the driver name used in qualified URLs, such as {@code mariadb} in {@code mysql+mariadb}.
     *
     * @return the driver name
     */
    String driver();

    /**
     * Returns {@code name+driver}.
     *
     * @return the qualified name
     */
    default String qualifiedName() {
        return name() + "+" + driver();
    }

    /**
     * Tells whether this driver is the default for its name when registered through ServiceLoader or OSGi.
     *
     * @return whether default
     */
    boolean isDefaultDriver();

    /**
     * Returns the ranking among default drivers of the same name; higher wins.
     *
     * @return the ranking
     */
    int ranking();

    /**
     * Applies dialect-specific engine options (such as Oracle's {@code use_ansi}); called once, before the
     * engine is used.
     *
     * @param options the options
     * @throws org.athanor.exc.ArgumentException for an option the dialect does not know, listing those it
     *     does
     */
    void configure(Map<String, Object> options);

    /**
     * Makes the connection creator for a URL: loads the driver itself (never through
     * {@code DriverManager}, which does not work across OSGi bundles) and translates the URL, its query
     * arguments and the connect arguments into the driver's URL and properties.
     *
     * @param url the URL
     * @param connectArgs extra driver properties from the engine options
     * @return the creator
     * @throws org.athanor.exc.ArgumentException if the URL does not suit this dialect
     */
    ConnectionCreator connectionCreator(URL url, Map<String, Object> connectArgs);

    /**
     * Chooses the pool for a URL when the engine options name none (a queue pool, or for SQLite in memory
     * a singleton-per-thread pool).
     *
     * @param url the URL
     * @return the pool factory
     */
    PoolFactory defaultPoolFactory(URL url);

    /**
     * Learns about the server on the engine's first connection: its version and anything else feature
     * switches depend on. Called once per engine, before the connection is used.
     *
     * @param connection the first driver connection
     * @throws SQLException if the driver fails
     */
    void initialize(Connection connection) throws SQLException;

    /**
     * Returns the server version found by {@link #initialize}.
     *
     * @return the version, or {@code null} before the first connection
     */
    ServerVersion serverVersion();

    /**
     * Returns what this database can do, possibly depending on the server version.
     *
     * @return the capabilities
     */
    Capabilities capabilities();

    /**
     * Returns the isolation level names this dialect accepts, such as {@code READ COMMITTED} and
     * {@code AUTOCOMMIT}.
     *
     * @return the names, upper case with spaces
     */
    Set<String> isolationLevels();

    /**
     * Reads the connection's isolation level.
     *
     * @param connection the driver connection
     * @return one of {@link #isolationLevels()}
     * @throws SQLException if the driver fails
     */
    String getIsolationLevel(Connection connection) throws SQLException;

    /**
     * Reads the connection's transaction isolation level, ignoring the driver's autocommit mode. The engine
     * keeps idle connections in driver autocommit mode and tracks the {@code AUTOCOMMIT} level itself, so it
     * needs the level a transaction would run at, which {@link #getIsolationLevel} cannot tell while the
     * driver is in autocommit mode.
     *
     * @param connection the driver connection
     * @return one of {@link #isolationLevels()} other than {@code AUTOCOMMIT} (or {@code NONE})
     * @throws SQLException if the driver fails
     */
    String getTransactionIsolationLevel(Connection connection) throws SQLException;

    /**
     * Sets the connection's isolation level; {@code AUTOCOMMIT} switches the driver to autocommit, any
     * other level switches it back off.
     *
     * @param connection the driver connection
     * @param level one of {@link #isolationLevels()}
     * @throws SQLException if the driver fails
     * @throws org.athanor.exc.ArgumentException for an unknown level, listing the known ones
     */
    void setIsolationLevel(Connection connection, String level) throws SQLException;

    /**
     * Begins a transaction on a connection that is in driver autocommit mode (by default, switches autocommit
     * off). The engine calls it only in that state.
     *
     * @param connection the driver connection
     * @throws SQLException if the driver fails
     */
    void begin(Connection connection) throws SQLException;

    /**
     * Sets a savepoint.
     *
     * @param connection the driver connection
     * @param name the savepoint name
     * @throws SQLException if the driver fails
     */
    void savepoint(Connection connection, String name) throws SQLException;

    /**
     * Rolls back to a savepoint.
     *
     * @param connection the driver connection
     * @param name the savepoint name
     * @throws SQLException if the driver fails
     */
    void rollbackToSavepoint(Connection connection, String name) throws SQLException;

    /**
     * Releases a savepoint.
     *
     * @param connection the driver connection
     * @param name the savepoint name
     * @throws SQLException if the driver fails
     */
    void releaseSavepoint(Connection connection, String name) throws SQLException;

    /**
     * Tells whether a text statement changes data or schema and so is autocommitted outside a transaction
     * (seed 001: detected by pattern).
     *
     * @param sql the SQL text
     * @return whether to autocommit
     */
    boolean isAutocommitText(String sql);

    /**
     * Wraps a driver exception in the Athanor exception that classifies it, with the statement and
     * parameters.
     *
     * @param e the driver's exception
     * @param sql the statement, or {@code null}
     * @param parameters the parameters, or {@code null}
     * @param connectionInvalidated whether the connection was invalidated because of it
     * @return the exception to throw
     */
    DBAPIException wrapException(SQLException e, String sql, List<?> parameters, boolean connectionInvalidated);

    /**
     * Prepares a statement: asking for generated keys for an INSERT whose primary key is to be reported,
     * applying fetch size, timeout and streaming options.
     *
     * @param connection the driver connection
     * @param compiled the compiled statement
     * @param options the execution options in effect
     * @return the prepared statement
     * @throws SQLException if the driver fails
     */
    PreparedStatement prepareStatement(Connection connection, Compiled compiled, ExecutionOptions options)
            throws SQLException;

    /**
     * Binds one parameter value (by default {@code setObject}, with {@code setNull} for null).
     *
     * @param statement the statement
     * @param index the one-based parameter index
     * @param value the value
     * @throws SQLException if the driver fails
     */
    void setParameter(PreparedStatement statement, int index, Object value) throws SQLException;

    /**
     * Executes a prepared, bound statement once and returns its rows, if it produced a result set (by default
     * {@code execute()}, then {@code getResultSet()}). A dialect whose driver has a cheaper way to run a query
     * may take it, as long as the statement runs exactly once and a statement without rows still reports its
     * update count through {@code getUpdateCount()}.
     *
     * @param statement the statement, bound
     * @param compiled the compiled statement it was prepared from
     * @return the result set, or {@code null} if the statement produced an update count instead
     * @throws SQLException if the driver fails
     */
    ResultSet execute(PreparedStatement statement, Compiled compiled) throws SQLException;

    /**
     * Reads the labels of a result's columns, in order (by default {@code getColumnLabel} of the result set's
     * metadata). The engine reads them once per result and does not modify the list.
     *
     * @param resultSet the result set, before its first row
     * @return the labels, as the driver reports them
     * @throws SQLException if the driver fails
     */
    List<String> columnLabels(ResultSet resultSet) throws SQLException;

    /**
     * Reads one result value (by default {@code getObject}).
     *
     * @param resultSet the result set, on a row
     * @param index the one-based column index
     * @return the value
     * @throws SQLException if the driver fails
     */
    Object getValue(ResultSet resultSet, int index) throws SQLException;

    /**
     * Makes the reader of a result set's rows. The engine asks for one per result, when it reads the first
     * row, and reads every row of that result through it. By default the reader calls {@link #getValue} for
     * each column, so a dialect that only overrides {@code getValue} reads rows as it always did. A dialect
     * whose driver can read rows more cheaply than value by value (SQLite reads a whole row under one lock;
     * pgjdbc's typed getters are cheaper than {@code getObject} once the column types are known) returns its
     * own reader, which must produce exactly the values {@code getValue} would.
     *
     * @param resultSet the result set, on its first row
     * @return the reader, for this result set only
     * @throws SQLException if the driver fails
     * @since 1.2
     */
    default RowReader rowReader(ResultSet resultSet) throws SQLException {
        return (rs, values) -> {
            for (int i = 0; i < values.length; i++) {
                values[i] = getValue(rs, i + 1);
            }
        };
    }

    /**
     * Reads the primary key an INSERT generated, after it ran.
     *
     * @param statement the executed statement
     * @param compiled the compiled INSERT
     * @param parameters the values it was bound with, by name
     * @return the key values in primary key column order (empty if unknown)
     * @throws SQLException if the driver fails
     */
    List<Object> insertedPrimaryKey(PreparedStatement statement, Compiled compiled, Map<String, ?> parameters)
            throws SQLException;

    // ----------------------------------------------------------------- SQL compilation and reflection

    /**
     * Returns the SQL kit of this database: the factories of its statement compiler, DDL compiler, type
     * compiler, identifier preparer and reflector. A dialect overrides this one method to plug in its
     * database's kit; the methods below use it.
     *
     * @return the kit ({@link CompilerKit#ANSI} by default)
     */
    default CompilerKit compilerKit() {
        return CompilerKit.ANSI;
    }

    /**
     * Makes a statement compiler for one statement (compilers are single-use).
     *
     * @return a new compiler
     */
    default StatementCompiler statementCompiler() {
        return compilerKit().statementCompiler(this);
    }

    /**
     * Returns the DDL compiler.
     *
     * @return the compiler
     */
    default DdlCompiler ddlCompiler() {
        return compilerKit().ddlCompiler(this);
    }

    /**
     * Returns the type compiler.
     *
     * @return the compiler
     */
    default TypeCompiler typeCompiler() {
        return compilerKit().typeCompiler(this);
    }

    /**
     * Returns the identifier preparer.
     *
     * @return the preparer
     */
    default IdentifierPreparer identifierPreparer() {
        return compilerKit().identifierPreparer(this);
    }

    /**
     * Returns the reflector the {@link org.athanor.reflection.Inspector} uses.
     *
     * @return the reflector
     */
    default Reflector reflector() {
        return compilerKit().reflector(this);
    }

    /**
     * Returns the cache of compiled statement forms of this dialect instance (bounded; see
     * {@link StatementCache}).
     *
     * @return the cache, or {@code null} for none (the default here; {@link DefaultDialect} has one)
     */
    default StatementCache statementCache() {
        return null;
    }
}
