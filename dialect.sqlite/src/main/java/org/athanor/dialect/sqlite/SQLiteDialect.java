package org.athanor.dialect.sqlite;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.athanor.dialect.Capabilities.Feature;
import org.athanor.dialect.Capabilities;
import org.athanor.dialect.DefaultDialect;
import org.athanor.dialect.ErrorClassifier;
import org.athanor.dialect.RowReader;
import org.athanor.dialect.ServerVersion;
import org.athanor.dialect.sqlite.sql.SQLiteCompilerKit;
import org.athanor.engine.Compiled;
import org.athanor.engine.URL;
import org.athanor.pool.PoolFactory;
import org.athanor.pool.QueuePool;
import org.athanor.pool.SingletonThreadPool;
import org.athanor.sql.compiler.CompilerKit;
import org.sqlite.core.CoreResultSet;

/**
 * The dialect for SQLite through xerial's sqlite-jdbc driver: {@code sqlite://} and
 * {@code sqlite+xerial://} URLs (SQLAlchemy's {@code sqlite+pysqlite}).
 *
 * <p><b>URLs.</b> {@code sqlite://} and {@code sqlite:///:memory:} open a private in-memory database;
 * {@code sqlite:///relative.db} a file relative to the working directory; {@code sqlite:////absolute/path.db}
 * an absolute path; {@code sqlite:///file:name.db?mode=ro&uri=true} a SQLite URI. Query parameters are
 * sqlite-jdbc's connection properties, applied as the connection opens:
 * {@code sqlite:///app.db?journal_mode=WAL&foreign_keys=true&busy_timeout=5000}. See {@link SQLiteUrls}.
 *
 * <p><b>Pool.</b> As SQLAlchemy's pysqlite dialect chooses (its {@code get_pool_class}, and the
 * "Threading/Pooling Behavior" section of its documentation, since 2.0): a {@link SingletonThreadPool} for
 * an in-memory database, which exists only inside its one connection, so each thread keeps its own; a
 * {@link QueuePool} for a file database. An engine option naming a pool overrides the choice.
 *
 * <p><b>Isolation levels.</b> {@code SERIALIZABLE} (SQLite's only real level), {@code READ UNCOMMITTED}
 * ({@code PRAGMA read_uncommitted = 1}, which only has an effect between connections sharing a cache) and
 * {@code AUTOCOMMIT} (the driver's autocommit mode), as SQLAlchemy's SQLite dialects offer. They are set
 * through JDBC, as {@link DefaultDialect} does: sqlite-jdbc implements {@code setTransactionIsolation} with
 * that pragma, so the driver's own idea of the level stays right; they are read from the pragma itself.
 *
 * <p><b>Server version and capabilities.</b> The version is {@code sqlite_version()} of the first
 * connection; until then the driver's version stands in. ON CONFLICT (upserts) from 3.24, RETURNING from 3.35,
 * FULL OUTER JOIN from 3.39, NULLS FIRST/LAST from 3.30, JSON functions built in from 3.38; savepoints and
 * transactional DDL always.
 *
 * <p><b>Errors.</b> Classified by SQLite result code ({@link SQLiteErrors}); the only disconnect SQLite has is
 * a closed connection.
 *
 * <p><b>Autocommit of text SQL.</b> Besides the standard pattern (INSERT, UPDATE, DELETE, REPLACE, DDL, ...),
 * {@code PRAGMA name = value}, {@code VACUUM}, {@code REINDEX} and {@code ANALYZE} are autocommitted outside
 * a transaction, because they write to the database file; a PRAGMA that only reads ({@code PRAGMA
 * table_info(t)}) is not.
 *
 * <p><b>Registration.</b> Found through {@code META-INF/services/org.athanor.dialect.Dialect} in plain Java.
 * For OSGi the class has a public no-argument constructor and no static state, so a Declarative Services
 * component can publish it as a prototype-scoped {@code Dialect} service with the properties given by
 * {@link #NAME}, {@link #DRIVER} and {@link #isDefaultDriver()}.
 *
 * <p>Thread-safe after {@link #initialize}: the version and capabilities are published through volatile
 * fields; everything else is immutable.
 */
public class SQLiteDialect extends DefaultDialect {

    /** The database name in URLs. */
    public static final String NAME = "sqlite";

    /** The driver name in qualified URLs ({@code sqlite+xerial://}). */
    public static final String DRIVER = "xerial";

    /** The isolation levels SQLite has, plus the driver's autocommit mode. */
    public static final Set<String> ISOLATION_LEVELS = Set.of("SERIALIZABLE", "READ UNCOMMITTED", "AUTOCOMMIT");

    /** Text statements beyond the standard pattern that write to the database file. */
    private static final Pattern WRITING_TEXT = Pattern.compile(
            "(?:PRAGMA\\s+[\\w.\"\\[\\]`]+\\s*=|VACUUM\\b|REINDEX\\b|ANALYZE\\b).*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final Driver driver = new org.sqlite.JDBC();
    private volatile Capabilities capabilities;
    /**
     * Whether rows are read whole through {@link SQLiteRows}: not when a subclass overrides {@link #getValue},
     * nor once the driver turned out not to have the internals it uses.
     */
    private volatile boolean wholeRows;

    /** Creates the dialect (ServiceLoader and OSGi need this public constructor). */
    public SQLiteDialect() {
        this.capabilities = capabilitiesFor(ServerVersion.of(driver.getMajorVersion(), driver.getMinorVersion()));
        this.wholeRows = inheritsGetValue(getClass());
    }

    private static boolean inheritsGetValue(Class<?> type) {
        try {
            return type.getMethod("getValue", ResultSet.class, int.class).getDeclaringClass() == DefaultDialect.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String driver() {
        return DRIVER;
    }

    @Override
    protected Driver jdbcDriver() {
        return driver;
    }

    /**
     * Translates the URL into sqlite-jdbc's, such as {@code jdbc:sqlite::memory:} or
     * {@code jdbc:sqlite:/home/app/app.db}.
     *
     * @param url the URL
     * @return the JDBC URL
     * @throws org.athanor.exc.ArgumentException if the URL has a user, password, host or port, or is not one
     *     of the SQLite forms
     */
    @Override
    protected String jdbcUrl(URL url) {
        return SQLiteUrls.jdbcUrl(url);
    }

    /**
     * Builds the driver properties from the URL's query (sqlite-jdbc's property names, checked) and the
     * connect arguments (passed as given, and winning).
     *
     * @param url the URL
     * @param connectArgs the engine's connect arguments
     * @return the properties
     * @throws org.athanor.exc.ArgumentException for an unknown query parameter
     */
    @Override
    protected Properties connectProperties(URL url, Map<String, Object> connectArgs) {
        return SQLiteUrls.properties(url, connectArgs);
    }

    /**
     * Chooses a {@link SingletonThreadPool} for an in-memory database and a {@link QueuePool} for a file, as
     * SQLAlchemy's pysqlite dialect does.
     *
     * @param url the URL
     * @return the pool factory
     */
    @Override
    public PoolFactory defaultPoolFactory(URL url) {
        return SQLiteUrls.isMemory(url) ? SingletonThreadPool::new : QueuePool::new;
    }

    /**
     * Reads {@code sqlite_version()} and sets the capabilities for that version.
     *
     * @param connection the first connection
     * @throws SQLException if the driver fails
     */
    @Override
    public void initialize(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT sqlite_version()")) {
            rs.next();
            ServerVersion version = ServerVersion.parse(rs.getString(1));
            setServerVersion(version);
            this.capabilities = capabilitiesFor(version);
        }
    }

    @Override
    public Capabilities capabilities() {
        return capabilities;
    }

    /**
     * Returns what a SQLite library of the given version can do.
     *
     * @param v the version
     * @return the capabilities
     */
    static Capabilities capabilitiesFor(ServerVersion v) {
        List<Feature> f = new ArrayList<>(List.of(Feature.SAVEPOINTS, Feature.TRANSACTIONAL_DDL,
                Feature.INTERSECT_EXCEPT, Feature.CHECK_CONSTRAINTS));
        if (v.atLeast(3, 7, 11)) {
            f.add(Feature.MULTI_ROW_INSERT);
        }
        if (v.atLeast(3, 24)) {
            f.add(Feature.INSERT_ON_CONFLICT);
        }
        if (v.atLeast(3, 30)) {
            f.add(Feature.NULLS_ORDERING);
        }
        if (v.atLeast(3, 35)) {
            f.addAll(List.of(Feature.INSERT_RETURNING, Feature.UPDATE_RETURNING, Feature.DELETE_RETURNING));
        }
        if (v.atLeast(3, 38)) {
            f.add(Feature.JSON);
        }
        if (v.atLeast(3, 39)) {
            f.add(Feature.FULL_OUTER_JOIN);
        }
        // SQLite sets no limit on identifiers; 9999 is SQLAlchemy's figure for "no practical limit"
        return Capabilities.of(9999, f.toArray(Feature[]::new));
    }

    // ----------------------------------------------------------------- isolation

    @Override
    public Set<String> isolationLevels() {
        return ISOLATION_LEVELS;
    }

    /**
     * Reads the level: {@code AUTOCOMMIT} when the driver is in autocommit mode, otherwise
     * {@code READ UNCOMMITTED} or {@code SERIALIZABLE} from {@code PRAGMA read_uncommitted}.
     *
     * @param connection the driver connection
     * @return the level
     * @throws SQLException if the driver fails
     */
    @Override
    public String getIsolationLevel(Connection connection) throws SQLException {
        if (connection.getAutoCommit()) {
            return "AUTOCOMMIT";
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA read_uncommitted")) {
            return rs.next() && rs.getInt(1) != 0 ? "READ UNCOMMITTED" : "SERIALIZABLE";
        }
    }

    // ----------------------------------------------------------------- text SQL

    @Override
    public boolean isAutocommitText(String sql) {
        return super.isAutocommitText(sql) || WRITING_TEXT.matcher(stripLeadingComments(sql)).matches();
    }

    // ----------------------------------------------------------------- errors

    @Override
    protected ErrorClassifier.Kind classify(SQLException e) {
        return SQLiteErrors.classify(e);
    }

    /**
     * Tells whether the connection is dead: for SQLite, only when it was closed (the driver's
     * "database connection closed"), besides the standard SQLState class 08.
     *
     * @param e the exception
     * @return whether a disconnect
     */
    @Override
    public boolean isDisconnect(SQLException e) {
        return SQLiteErrors.isClosedConnection(e) || super.isDisconnect(e);
    }

    // ----------------------------------------------------------------- execution

    /**
     * Runs a statement that returns rows with sqlite-jdbc's {@code executeQuery()}, which does less than
     * {@code execute()}: no generated-keys check (a regular expression over the SQL and, for an INSERT, a
     * second statement) and no change count, neither of which a query needs. Only when the statement has
     * result columns: sqlite-jdbc knows them once it has prepared the statement (and would refuse a
     * statement without any, before running it). Anything else runs as {@link DefaultDialect} runs it.
     *
     * @param statement the statement, bound
     * @param compiled the compiled statement
     * @return the result set, or {@code null} for an update count
     * @throws SQLException if the driver fails
     */
    @Override
    public ResultSet execute(PreparedStatement statement, Compiled compiled) throws SQLException {
        if (compiled.returnsRows() && statement.getMetaData() instanceof CoreResultSet meta
                && meta.colsMeta != null && meta.colsMeta.length > 0) {
            return statement.executeQuery();
        }
        return super.execute(statement, compiled);
    }

    /**
     * Reads the column labels sqlite-jdbc already holds for an open result ({@code sqlite3_column_name} of
     * every column, read once when the statement was prepared); {@code getColumnLabel} would ask SQLite and
     * decode the name again, column by column.
     *
     * @param resultSet the result set
     * @return the labels
     * @throws SQLException if the driver fails
     */
    @Override
    public List<String> columnLabels(ResultSet resultSet) throws SQLException {
        if (resultSet instanceof CoreResultSet rs && rs.cols != null) {
            return Arrays.asList(rs.cols);
        }
        return super.columnLabels(resultSet);
    }

    // ----------------------------------------------------------------- values and keys

    /**
     * Binds a value, writing dates and times as SQLAlchemy's SQLite types store them (see
     * {@link SQLiteValues}). The common values go straight to the setter sqlite-jdbc's {@code setObject}
     * would end in (it tests a {@code String} against nine classes first, a {@code Boolean} against seven),
     * binding exactly what {@code setObject} binds.
     *
     * @param statement the statement
     * @param index the one-based index
     * @param value the value
     * @throws SQLException if the driver fails
     */
    @Override
    public void setParameter(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            super.setParameter(statement, index, null);
            return;
        }
        Class<?> type = value.getClass();
        if (type == String.class) {
            statement.setString(index, (String) value);
        } else if (type == Integer.class || type == Long.class || type == Double.class) {
            statement.setObject(index, value); // stored as given; setInt and the like would box again
        } else if (type == Boolean.class) {
            statement.setBoolean(index, (Boolean) value);
        } else {
            super.setParameter(statement, index, SQLiteValues.toDriver(value));
        }
    }

    /**
     * Reads each row whole, under one lock of the database, with the values {@code getObject} gives (see
     * {@link SQLiteRows}); value by value, as {@link DefaultDialect} does, when a subclass overrides
     * {@link #getValue} or the result set is not sqlite-jdbc's.
     *
     * @param resultSet the result set
     * @return the reader
     * @throws SQLException if the driver fails
     */
    @Override
    public RowReader rowReader(ResultSet resultSet) throws SQLException {
        if (wholeRows) {
            try {
                RowReader reader = SQLiteRows.of(resultSet);
                if (reader != null) {
                    return reader;
                }
            } catch (LinkageError e) {
                wholeRows = false; // a sqlite-jdbc without the internals SQLiteRows uses
            }
        }
        return super.rowReader(resultSet);
    }

    /**
     * Reads the inserted primary key: a value given in the statement as given; a generated one from the
     * driver's generated keys or, for a one-column key the driver did not report (generated keys switched
     * off with {@code jdbc.get_generated_keys=false}), from {@code last_insert_rowid()} of the same
     * connection. A generated value is the rowid, which an {@code INTEGER PRIMARY KEY} column is, and is
     * always a {@link Long}, SQLite's integer being 64 bits wide.
     *
     * @param statement the executed statement
     * @param compiled the compiled INSERT
     * @param parameters the values bound, by name
     * @return the key values
     * @throws SQLException if the driver fails
     */
    @Override
    public List<Object> insertedPrimaryKey(PreparedStatement statement, Compiled compiled,
            Map<String, ?> parameters) throws SQLException {
        List<Object> key = new ArrayList<>(super.insertedPrimaryKey(statement, compiled, parameters));
        if (key.size() == 1 && key.get(0) == null) {
            try (Statement s = statement.getConnection().createStatement();
                    ResultSet rs = s.executeQuery("SELECT last_insert_rowid()")) {
                if (rs.next()) {
                    key.set(0, rs.getLong(1));
                }
            }
        }
        List<String> columns = compiled.primaryKeyColumns();
        for (int i = 0; i < key.size(); i++) {
            if (parameters.get(columns.get(i)) == null && key.get(i) instanceof Number n
                    && !(n instanceof Long)) {
                key.set(i, n.longValue());
            }
        }
        return java.util.Collections.unmodifiableList(key);
    }

    /** SQLite's SQL kit: its compilers, identifier preparer and PRAGMA-based reflector. */
    @Override
    public CompilerKit compilerKit() {
        return SQLiteCompilerKit.INSTANCE;
    }
}
