package org.athanor.dialect;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.athanor.engine.Compiled;
import org.athanor.engine.ExecutionOptions;
import org.athanor.engine.StatementKind;
import org.athanor.engine.URL;
import org.athanor.exc.ArgumentException;
import org.athanor.exc.DBAPIException;
import org.athanor.pool.ConnectionCreator;
import org.athanor.pool.PoolFactory;
import org.athanor.pool.QueuePool;
import org.athanor.reflection.Reflector;
import org.athanor.sql.compiler.DdlCompiler;
import org.athanor.sql.compiler.IdentifierPreparer;
import org.athanor.sql.compiler.StatementCache;
import org.athanor.sql.compiler.TypeCompiler;

/**
 * The base every dialect extends (SQLAlchemy's {@code DefaultDialect}): standard JDBC behaviour for every
 * {@link Dialect} method, so a dialect overrides only what its database does differently.
 *
 * <p>A subclass must supply {@link #name()}, {@link #driver()}, {@link #jdbcDriver()} (an instance of the
 * driver class, loaded by the dialect's own bundle — never through {@code DriverManager}) and
 * {@link #jdbcUrl(URL)}. It usually overrides {@link #capabilities()}, {@link #isDisconnect(SQLException)}
 * and the compilers.
 *
 * <p>Thread-safe after {@link #configure} and {@link #initialize}; subclasses must keep it so.
 */
public abstract class DefaultDialect implements Dialect {

    /** Text statements that change data or schema (seed 001's autocommit detection). */
    private static final Pattern AUTOCOMMIT_TEXT = Pattern.compile(
            "(?:UPDATE|INSERT|CREATE|DELETE|DROP|ALTER|TRUNCATE|MERGE|REPLACE|UPSERT|COMMENT|GRANT|REVOKE"
                    + "|RENAME)\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** The standard isolation levels, plus AUTOCOMMIT. */
    protected static final Set<String> STANDARD_ISOLATION_LEVELS = Set.of("AUTOCOMMIT", "READ UNCOMMITTED",
            "READ COMMITTED", "REPEATABLE READ", "SERIALIZABLE");

    private volatile ServerVersion serverVersion;
    private final Map<String, Object> options = new ConcurrentHashMap<>();
    private final StatementCache statementCache = new StatementCache(StatementCache.DEFAULT_CAPACITY);
    private volatile IdentifierPreparer identifierPreparer;
    private volatile TypeCompiler typeCompiler;
    private volatile DdlCompiler ddlCompiler;
    private volatile Reflector reflector;

    /** Creates the dialect; subclasses need a public no-argument constructor for ServiceLoader. */
    protected DefaultDialect() {
    }

    // ----------------------------------------------------------------- identity and registration

    @Override
    public boolean isDefaultDriver() {
        return true;
    }

    @Override
    public int ranking() {
        return 0;
    }

    /**
     * Returns the names of the dialect options this dialect accepts in {@link #configure(Map)}.
     *
     * @return the names (none by default)
     */
    protected Set<String> knownOptions() {
        return Set.of();
    }

    @Override
    public void configure(Map<String, Object> options) {
        Set<String> known = knownOptions();
        for (Map.Entry<String, Object> e : options.entrySet()) {
            if (!known.contains(e.getKey())) {
                throw new ArgumentException("Unknown option '" + e.getKey() + "' for dialect " + qualifiedName()
                        + ". It accepts: " + (known.isEmpty() ? "(no dialect options)" : String.join(", ",
                        new TreeSet<>(known))) + "; engine options are poolSize, maxOverflow, poolTimeout,"
                        + " poolRecycle, prePing, resetOnReturn, echo, echoPool, strategy, isolationLevel.");
            }
            this.options.put(e.getKey(), e.getValue());
        }
    }

    /**
     * Returns a dialect option given to {@link #configure(Map)}.
     *
     * @param name the option name
     * @param defaultValue the value when not given
     * @return the value
     */
    protected Object option(String name, Object defaultValue) {
        return options.getOrDefault(name, defaultValue);
    }

    /**
     * Returns a boolean dialect option, accepting Boolean or the strings true/false/yes/no/1/0.
     *
     * @param name the option name
     * @param defaultValue the value when not given
     * @return the value
     */
    protected boolean booleanOption(String name, boolean defaultValue) {
        Object v = options.get(name);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        return switch (v.toString().trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new ArgumentException("Dialect option '" + name + "' of " + qualifiedName()
                    + " takes true or false, not '" + v + "'.");
        };
    }

    // ----------------------------------------------------------------- connecting

    /**
     * Returns an instance of the JDBC driver, loaded by the dialect's own class loader.
     *
     * @return the driver
     */
    protected abstract Driver jdbcDriver();

    /**
     * Translates the URL to the driver's JDBC URL (without user and password, which go in properties).
     *
     * @param url the URL
     * @return the JDBC URL
     */
    protected abstract String jdbcUrl(URL url);

    /**
     * Builds the driver properties: {@code user} and {@code password} from the URL, every URL query
     * argument (the first value of each), then the engine's connect arguments, which win.
     *
     * @param url the URL
     * @param connectArgs the connect arguments
     * @return the properties
     */
    protected Properties connectProperties(URL url, Map<String, Object> connectArgs) {
        Properties p = new Properties();
        if (url.username() != null) {
            p.setProperty("user", url.username());
        }
        if (url.password() != null) {
            p.setProperty("password", url.password());
        }
        for (Map.Entry<String, List<String>> e : url.query().entrySet()) {
            if (!e.getValue().isEmpty()) {
                p.setProperty(e.getKey(), e.getValue().get(0));
            }
        }
        connectArgs.forEach((k, v) -> p.setProperty(k, String.valueOf(v)));
        return p;
    }

    @Override
    public ConnectionCreator connectionCreator(URL url, Map<String, Object> connectArgs) {
        final Driver driver = jdbcDriver();
        final String jdbcUrl = jdbcUrl(url);
        final Properties props = connectProperties(url, connectArgs == null ? Map.of() : connectArgs);
        return () -> {
            Connection c = driver.connect(jdbcUrl, props);
            if (c == null) {
                throw new SQLException("The " + driver.getClass().getName() + " driver did not accept the URL"
                        + " built for " + url + "; check the URL's form for dialect " + qualifiedName() + ".",
                        "08001");
            }
            return c;
        };
    }

    @Override
    public PoolFactory defaultPoolFactory(URL url) {
        return QueuePool::new;
    }

    @Override
    public void initialize(Connection connection) throws SQLException {
        this.serverVersion = ServerVersion.parse(connection.getMetaData().getDatabaseProductVersion());
    }

    /**
     * Records the server version (for subclasses that detect it their own way).
     *
     * @param version the version
     */
    protected void setServerVersion(ServerVersion version) {
        this.serverVersion = version;
    }

    @Override
    public ServerVersion serverVersion() {
        return serverVersion;
    }

    @Override
    public Capabilities capabilities() {
        return Capabilities.of(128, Capabilities.Feature.SAVEPOINTS, Capabilities.Feature.MULTI_ROW_INSERT,
                Capabilities.Feature.INTERSECT_EXCEPT);
    }

    // ----------------------------------------------------------------- transactions and isolation

    @Override
    public Set<String> isolationLevels() {
        return STANDARD_ISOLATION_LEVELS;
    }

    /**
     * Normalizes an isolation level name ({@code read_committed} becomes {@code READ COMMITTED}) and checks
     * it against {@link #isolationLevels()}.
     *
     * @param level the name
     * @return the normalized name
     * @throws ArgumentException if the dialect does not know it
     */
    protected String checkIsolationLevel(String level) {
        String norm = level == null ? "" : level.trim().toUpperCase(Locale.ROOT).replace('_', ' ');
        if (!isolationLevels().contains(norm)) {
            throw new ArgumentException("Isolation level '" + level + "' is not valid for " + qualifiedName()
                    + ". Valid levels: " + String.join(", ", new TreeSet<>(isolationLevels())) + ".");
        }
        return norm;
    }

    @Override
    public String getIsolationLevel(Connection connection) throws SQLException {
        if (connection.getAutoCommit()) {
            return "AUTOCOMMIT";
        }
        return getTransactionIsolationLevel(connection);
    }

    @Override
    public String getTransactionIsolationLevel(Connection connection) throws SQLException {
        return switch (connection.getTransactionIsolation()) {
            case Connection.TRANSACTION_READ_UNCOMMITTED -> "READ UNCOMMITTED";
            case Connection.TRANSACTION_READ_COMMITTED -> "READ COMMITTED";
            case Connection.TRANSACTION_REPEATABLE_READ -> "REPEATABLE READ";
            case Connection.TRANSACTION_SERIALIZABLE -> "SERIALIZABLE";
            default -> "NONE";
        };
    }

    @Override
    public void setIsolationLevel(Connection connection, String level) throws SQLException {
        String norm = checkIsolationLevel(level);
        if (norm.equals("AUTOCOMMIT")) {
            connection.setAutoCommit(true);
            return;
        }
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(switch (norm) {
            case "READ UNCOMMITTED" -> Connection.TRANSACTION_READ_UNCOMMITTED;
            case "READ COMMITTED" -> Connection.TRANSACTION_READ_COMMITTED;
            case "REPEATABLE READ" -> Connection.TRANSACTION_REPEATABLE_READ;
            case "SERIALIZABLE" -> Connection.TRANSACTION_SERIALIZABLE;
            default -> throw new ArgumentException("Isolation level '" + level + "' has no JDBC equivalent;"
                    + " the dialect " + qualifiedName() + " must set it itself.");
        });
    }

    @Override
    public void begin(Connection connection) throws SQLException {
        // The engine calls this only when it knows the driver is in autocommit mode, so there is no need
        // to ask the driver first (a round trip on some drivers).
        connection.setAutoCommit(false);
    }

    @Override
    public void savepoint(Connection connection, String name) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SAVEPOINT " + name);
        }
    }

    @Override
    public void rollbackToSavepoint(Connection connection, String name) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("ROLLBACK TO SAVEPOINT " + name);
        }
    }

    @Override
    public void releaseSavepoint(Connection connection, String name) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("RELEASE SAVEPOINT " + name);
        }
    }

    /**
     * Creates a JDBC savepoint object, for dialects whose drivers prefer the JDBC API to SQL.
     *
     * @param connection the connection
     * @param name the name
     * @return the savepoint
     * @throws SQLException if the driver fails
     */
    protected Savepoint jdbcSavepoint(Connection connection, String name) throws SQLException {
        return connection.setSavepoint(name);
    }

    @Override
    public boolean isAutocommitText(String sql) {
        return AUTOCOMMIT_TEXT.matcher(stripLeadingComments(sql)).matches();
    }

    /**
     * Guesses the kind of a text statement from its first keyword, after comments and parentheses.
     *
     * @param sql the SQL text
     * @return the kind
     */
    public StatementKind textKind(String sql) {
        String s = stripLeadingComments(sql);
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return switch (s.substring(0, end).toUpperCase(Locale.ROOT)) {
            case "SELECT", "WITH", "VALUES", "SHOW", "EXPLAIN", "PRAGMA", "DESCRIBE", "TABLE" ->
                    StatementKind.SELECT;
            case "INSERT", "REPLACE", "MERGE", "UPSERT" -> StatementKind.INSERT;
            case "UPDATE" -> StatementKind.UPDATE;
            case "DELETE" -> StatementKind.DELETE;
            case "CREATE", "DROP", "ALTER", "TRUNCATE", "COMMENT", "GRANT", "REVOKE", "RENAME" ->
                    StatementKind.DDL;
            default -> StatementKind.OTHER;
        };
    }

    /**
     * Removes leading white space, comments and opening parentheses from SQL text.
     *
     * @param sql the text
     * @return the text from its first keyword on
     */
    protected static String stripLeadingComments(String sql) {
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c) || c == '(') {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int nl = sql.indexOf('\n', i);
                i = nl < 0 ? n : nl + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else {
                break;
            }
        }
        return sql.substring(i);
    }

    // ----------------------------------------------------------------- errors

    @Override
    public DBAPIException wrapException(SQLException e, String sql, List<?> parameters,
            boolean connectionInvalidated) {
        return ErrorClassifier.wrap(classify(e), e, sql, parameters, connectionInvalidated);
    }

    /**
     * Classifies a driver exception; dialects may refine it with vendor codes.
     *
     * @param e the exception
     * @return the class of Athanor exception to wrap it in
     */
    protected ErrorClassifier.Kind classify(SQLException e) {
        return ErrorClassifier.classify(e);
    }

    // ----------------------------------------------------------------- execution

    @Override
    public PreparedStatement prepareStatement(Connection connection, Compiled compiled, ExecutionOptions options)
            throws SQLException {
        PreparedStatement ps;
        List<String> pk = compiled.primaryKeyColumns();
        if (compiled.kind() == StatementKind.INSERT && !compiled.returnsRows() && !pk.isEmpty()) {
            ps = connection.prepareStatement(compiled.sql(), generatedKeyColumns(pk));
        } else {
            ps = connection.prepareStatement(compiled.sql());
        }
        if (options.isEmpty()) {
            return ps;
        }
        Object fetch = options.get(ExecutionOptions.FETCH_SIZE);
        if (fetch instanceof Integer f) {
            ps.setFetchSize(f);
        }
        Object timeout = options.get(ExecutionOptions.TIMEOUT);
        if (timeout instanceof Integer t) {
            ps.setQueryTimeout(t);
        }
        return ps;
    }

    /**
     * Returns the column names to ask the driver for as generated keys (the database's case).
     *
     * @param primaryKey the primary key columns
     * @return the names
     */
    protected String[] generatedKeyColumns(List<String> primaryKey) {
        return primaryKey.toArray(String[]::new);
    }

    @Override
    public void setParameter(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, java.sql.Types.NULL);
        } else {
            statement.setObject(index, value);
        }
    }

    @Override
    public ResultSet execute(PreparedStatement statement, Compiled compiled) throws SQLException {
        return statement.execute() ? statement.getResultSet() : null;
    }

    @Override
    public List<String> columnLabels(ResultSet resultSet) throws SQLException {
        ResultSetMetaData md = resultSet.getMetaData();
        int n = md.getColumnCount();
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            labels[i] = md.getColumnLabel(i + 1);
        }
        return Arrays.asList(labels);
    }

    @Override
    public Object getValue(ResultSet resultSet, int index) throws SQLException {
        return resultSet.getObject(index);
    }

    @Override
    public List<Object> insertedPrimaryKey(PreparedStatement statement, Compiled compiled,
            Map<String, ?> parameters) throws SQLException {
        List<String> pk = compiled.primaryKeyColumns();
        if (pk.isEmpty()) {
            return List.of();
        }
        Map<String, Object> generated = new LinkedHashMap<>();
        try (ResultSet keys = statement.getGeneratedKeys()) {
            if (keys != null && keys.next()) {
                int n = keys.getMetaData().getColumnCount();
                for (int i = 1; i <= n; i++) {
                    generated.put(keys.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT), keys.getObject(i));
                }
                if (n == 1 && pk.size() == 1) {
                    generated.put(pk.get(0).toLowerCase(Locale.ROOT), keys.getObject(1));
                }
            }
        }
        List<Object> out = new ArrayList<>(pk.size());
        for (String col : pk) {
            Object given = parameters.get(col);
            out.add(given != null ? given : generated.get(col.toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + qualifiedName() + "]";
    }

    // ----------------------------------------------------------------- SQL compilation and reflection

    /**
     * Returns the identifier preparer of {@link #compilerKit()}, made once (after {@link #configure}).
     *
     * @return the preparer
     */
    @Override
    public IdentifierPreparer identifierPreparer() {
        IdentifierPreparer p = identifierPreparer;
        if (p == null) {
            p = compilerKit().identifierPreparer(this);
            identifierPreparer = p;
        }
        return p;
    }

    /**
     * Returns the type compiler of {@link #compilerKit()}, made once.
     *
     * @return the compiler
     */
    @Override
    public TypeCompiler typeCompiler() {
        TypeCompiler t = typeCompiler;
        if (t == null) {
            t = compilerKit().typeCompiler(this);
            typeCompiler = t;
        }
        return t;
    }

    /**
     * Returns the DDL compiler of {@link #compilerKit()}, made once.
     *
     * @return the compiler
     */
    @Override
    public DdlCompiler ddlCompiler() {
        DdlCompiler d = ddlCompiler;
        if (d == null) {
            d = compilerKit().ddlCompiler(this);
            ddlCompiler = d;
        }
        return d;
    }

    /**
     * Returns the reflector of {@link #compilerKit()}, made once.
     *
     * @return the reflector
     */
    @Override
    public Reflector reflector() {
        Reflector r = reflector;
        if (r == null) {
            r = compilerKit().reflector(this);
            reflector = r;
        }
        return r;
    }

    /**
     * Returns this dialect instance's cache of compiled statement forms ({@value StatementCache#DEFAULT_CAPACITY}
     * shapes, keyed also by server version).
     *
     * @return the cache
     */
    @Override
    public StatementCache statementCache() {
        return statementCache;
    }
}
