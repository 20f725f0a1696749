package org.athanor.dialect.mysql;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.athanor.dialect.Capabilities.Feature;
import org.athanor.dialect.Capabilities;
import org.athanor.dialect.DefaultDialect;
import org.athanor.dialect.ErrorClassifier;
import org.athanor.dialect.ServerVersion;
import org.athanor.dialect.mysql.sql.MySQLCompilerKit;
import org.athanor.engine.Compiled;
import org.athanor.engine.ExecutionOptions;
import org.athanor.engine.URL;
import org.athanor.exc.AthanorException;
import org.athanor.sql.compiler.CompilerKit;

/**
 * The base of both MySQL dialects (SQLAlchemy's {@code MySQLDialect}): what MySQL and MariaDB servers do,
 * whichever driver talks to them — server detection (MySQL or MariaDB, version, {@code sql_mode}),
 * capabilities by server, isolation levels, the vendor codes that mean a dead connection, error
 * classification by vendor code, and value conversions. {@link ConnectorJDialect} and
 * {@link MariaDBConnectorDialect} add their driver's URL and properties.
 *
 * <p>Dialect options: {@value #ENGINE_OPTION}, {@value #CHARSET_OPTION} and {@value #COLLATE_OPTION}, the
 * default {@link MySQLTableOptions} that DDL appends to {@code CREATE TABLE}.
 *
 * <p>Values: booleans are bound as 1/0 for {@code TINYINT(1)} (and read back as {@code Boolean} by both drivers),
 * {@link UUID} as its 36-character text, {@link Instant} as a timestamp in the connection's time zone;
 * {@code DATETIME}, {@code DATE} and {@code TIME} are read as {@code java.time} values, fractions of a second
 * included.
 *
 * <p>Thread-safe after {@link #configure} and {@link #initialize}.
 */
public abstract class MySQLDialect extends DefaultDialect {

    /** The dialect option for the default storage engine of new tables, such as {@code InnoDB}. */
    public static final String ENGINE_OPTION = "mysql_engine";
    /** The dialect option for the default character set of new tables, such as {@code utf8mb4}. */
    public static final String CHARSET_OPTION = "mysql_charset";
    /** The dialect option for the default collation of new tables. */
    public static final String COLLATE_OPTION = "mysql_collate";

    private static final Pattern MORE_AUTOCOMMIT_TEXT = Pattern.compile("LOAD\\s+DATA\\b", Pattern.CASE_INSENSITIVE);
    /** MariaDB before 11 announces itself as {@code 5.5.5-10.x.y-MariaDB} to MySQL clients. */
    private static final Pattern MARIADB_PREFIX = Pattern.compile("^5\\.5\\.5-(?=\\d+\\.\\d+.*mariadb)",
            Pattern.CASE_INSENSITIVE);

    private volatile boolean mariaDB;
    private volatile Set<String> sqlMode = Set.of();
    private volatile int lowerCaseTableNames;

    /** Creates the dialect. */
    protected MySQLDialect() {
    }

    @Override
    public final String name() {
        return "mysql";
    }

    @Override
    protected Set<String> knownOptions() {
        return Set.of(ENGINE_OPTION, CHARSET_OPTION, COLLATE_OPTION);
    }

    /**
     * Returns the table options from the dialect options, for the DDL compiler.
     *
     * @return the options ({@link MySQLTableOptions#NONE} when none are set)
     */
    public MySQLTableOptions defaultTableOptions() {
        Object engine = option(ENGINE_OPTION, null);
        Object charset = option(CHARSET_OPTION, null);
        Object collate = option(COLLATE_OPTION, null);
        return new MySQLTableOptions(engine == null ? null : engine.toString(),
                charset == null ? null : charset.toString(), collate == null ? null : collate.toString());
    }

    /**
     * Renders {@code host:port/database} for a {@code jdbc:mysql:} or {@code jdbc:mariadb:} URL: host
     * {@code localhost} and port 3306 when missing, an IPv6 host in brackets, the database percent-encoded.
     *
     * @param url the URL
     * @return the part after {@code //}
     */
    protected static String hostPortDatabase(URL url) {
        String host = url.host() == null ? "localhost" : url.host();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        String database = url.database() == null ? ""
                : URLEncoder.encode(url.database(), StandardCharsets.UTF_8).replace("+", "%20");
        return host + ":" + (url.port() == null ? 3306 : url.port()) + "/" + database;
    }

    /**
     * Makes the error for a driver that is not installed (the bundle imports both drivers optionally).
     *
     * @param driverName the driver's name
     * @param artifact its Maven coordinates and bundle name
     * @param cause the linkage error
     * @return the exception to throw
     */
    protected AthanorException driverMissing(String driverName, String artifact, LinkageError cause) {
        return new AthanorException("The " + qualifiedName() + " dialect needs " + driverName
                + ", which is not available: install " + artifact + ", or use the other mysql driver.", cause);
    }

    /**
     * Removes the SQLAlchemy-style {@code charset} argument from the properties, so each driver can map it.
     *
     * @param url the URL
     * @param connectArgs the connect arguments
     * @return the kit's properties without {@code charset}
     */
    @Override
    protected Properties connectProperties(URL url, Map<String, Object> connectArgs) {
        Properties p = super.connectProperties(url, connectArgs);
        Object charset = p.remove("charset");
        if (charset != null) {
            applyCharset(p, charset.toString().trim().toLowerCase(Locale.ROOT));
        }
        return p;
    }

    /**
     * Sets the driver property for a connection character set given as SQLAlchemy's {@code charset}.
     *
     * @param properties the driver properties
     * @param charset the MySQL character set name, lower case
     */
    protected abstract void applyCharset(Properties properties, String charset);

    /**
     * Tells whether a MySQL character set name means UTF-8 with 4-byte characters, which both drivers use by
     * default.
     *
     * @param charset the name, lower case
     * @return whether it is {@code utf8mb4} or one of its older names
     */
    protected static boolean isUtf8(String charset) {
        return charset.equals("utf8mb4") || charset.equals("utf8") || charset.equals("utf8mb3");
    }

    // ----------------------------------------------------------------- server

    /**
     * Reads {@code VERSION()} (which tells MariaDB from MySQL), {@code sql_mode} and
     * {@code lower_case_table_names}; ends the transaction the query began unless the connection autocommits.
     */
    @Override
    public void initialize(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT VERSION(), @@SESSION.sql_mode, @@lower_case_table_names")) {
            rs.next();
            String version = rs.getString(1);
            mariaDB = isMariaDBVersion(version);
            setServerVersion(parseVersion(version));
            sqlMode = parseSqlMode(rs.getString(2));
            lowerCaseTableNames = rs.getInt(3);
        } finally {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        }
    }

    /**
     * Parses a MySQL or MariaDB version text, dropping the {@code 5.5.5-} MariaDB puts before its own version
     * in the handshake.
     *
     * @param text such as {@code 8.0.36}, {@code 10.11.6-MariaDB-0+deb12u1} or {@code 5.5.5-10.11.6-MariaDB}
     * @return the version (its text is the text given)
     */
    static ServerVersion parseVersion(String text) {
        String v = text == null ? "" : text;
        ServerVersion parsed = ServerVersion.parse(MARIADB_PREFIX.matcher(v).replaceFirst(""));
        return new ServerVersion(parsed.parts(), v);
    }

    static boolean isMariaDBVersion(String text) {
        return text != null && text.toLowerCase(Locale.ROOT).contains("mariadb");
    }

    static Set<String> parseSqlMode(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(m -> m.trim().toUpperCase(Locale.ROOT)).filter(m -> !m.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Lets this package's tests describe a server without one. */
    void useServer(String versionText, String sqlModeText) {
        mariaDB = isMariaDBVersion(versionText);
        setServerVersion(parseVersion(versionText));
        sqlMode = parseSqlMode(sqlModeText);
    }

    /** @return whether the server is MariaDB rather than MySQL (false before the first connection) */
    public boolean isMariaDB() {
        return mariaDB;
    }

    /** @return the session's {@code sql_mode} flags at the first connection, upper case */
    public Set<String> sqlMode() {
        return sqlMode;
    }

    /** @return whether {@code ANSI_QUOTES} is on: double quotes then delimit identifiers, not strings */
    public boolean isAnsiQuotes() {
        return sqlMode.contains("ANSI_QUOTES");
    }

    /** @return whether {@code NO_BACKSLASH_ESCAPES} is on: a backslash in a string literal is then literal */
    public boolean isNoBackslashEscapes() {
        return sqlMode.contains("NO_BACKSLASH_ESCAPES");
    }

    /**
     * Returns the server's {@code lower_case_table_names}.
     *
     * @return 0: names as given, 1: stored lower case, 2: compared lower case
     */
    public int lowerCaseTableNames() {
        return lowerCaseTableNames;
    }

    /**
     * Returns the identifier quote: the backtick, which both servers accept in every {@code sql_mode}
     * (with {@code ANSI_QUOTES} the double quote works too).
     *
     * @return {@code `}
     */
    public String identifierQuote() {
        return "`";
    }

    /** @return whether the server has {@code INSERT ... RETURNING} (MariaDB 10.5; not MySQL) */
    public boolean supportsInsertReturning() {
        return mariaDB && atLeast(10, 5);
    }

    private boolean atLeast(int... version) {
        ServerVersion v = serverVersion();
        return v != null && !v.parts().isEmpty() && v.atLeast(version);
    }

    /**
     * Capabilities by server: MariaDB's RETURNING (DELETE from 10.0.5, INSERT from 10.5) and sequences (10.3),
     * check constraints (MySQL 8.0.16, MariaDB 10.2.1), JSON (MySQL 5.7.8, MariaDB 10.2.7), INTERSECT/EXCEPT
     * (MySQL 8.0.31, MariaDB 10.3). Before the first connection, what every supported server has.
     */
    @Override
    public Capabilities capabilities() {
        Capabilities c = Capabilities.of(64, Feature.SAVEPOINTS, Feature.MULTI_ROW_INSERT, Feature.SCHEMAS,
                Feature.COMMENTS, Feature.SERVER_SIDE_CURSORS);
        if (batchRewrite()) {
            c = c.with(Feature.BATCH_REWRITE);
        }
        if (mariaDB) {
            c = atLeast(10, 0, 5) ? c.with(Feature.DELETE_RETURNING) : c;
            c = atLeast(10, 5) ? c.with(Feature.INSERT_RETURNING) : c;
            c = atLeast(10, 3) ? c.with(Feature.SEQUENCES, Feature.INTERSECT_EXCEPT) : c;
            c = atLeast(10, 2, 1) ? c.with(Feature.CHECK_CONSTRAINTS) : c;
            c = atLeast(10, 2, 7) ? c.with(Feature.JSON) : c;
        } else {
            c = atLeast(8, 0, 16) ? c.with(Feature.CHECK_CONSTRAINTS) : c;
            c = atLeast(5, 7, 8) ? c.with(Feature.JSON) : c;
            c = atLeast(8, 0, 31) ? c.with(Feature.INTERSECT_EXCEPT) : c;
        }
        return c;
    }

    /**
     * Tells whether the driver rewrites or bulk-sends batched statements.
     *
     * @return whether the driver's acceleration is on
     */
    protected abstract boolean batchRewrite();

    // ----------------------------------------------------------------- transactions

    /**
     * Reads the level from the server ({@code @@transaction_isolation}, or {@code @@tx_isolation} on MariaDB
     * before 11.1 and MySQL before 5.7.20), so that what the driver may have cached cannot mislead; this
     * works whether or not the driver autocommits.
     */
    @Override
    public String getTransactionIsolationLevel(Connection connection) throws SQLException {
        ServerVersion v = serverVersion();
        if (v == null) {
            return super.getTransactionIsolationLevel(connection);
        }
        boolean newName = mariaDB ? atLeast(11, 1, 1) : atLeast(5, 7, 20);
        String sql = "SELECT @@SESSION." + (newName ? "transaction_isolation" : "tx_isolation");
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1).toUpperCase(Locale.ROOT).replace('-', ' ');
        }
    }

    // ----------------------------------------------------------------- errors

    /** The kit's checks, plus the vendor codes of {@link MySQLErrors#DISCONNECT_CODES}. */
    @Override
    public boolean isDisconnect(SQLException e) {
        return super.isDisconnect(e) || MySQLErrors.hasDisconnectCode(e);
    }

    /** By vendor code first (MySQL reports {@code HY000} for most errors), then the kit. */
    @Override
    protected ErrorClassifier.Kind classify(SQLException e) {
        ErrorClassifier.Kind byCode = MySQLErrors.classify(e);
        return byCode != null ? byCode : super.classify(e);
    }

    @Override
    public boolean isAutocommitText(String sql) {
        return super.isAutocommitText(sql) || MORE_AUTOCOMMIT_TEXT.matcher(stripLeadingComments(sql)).lookingAt();
    }

    // ----------------------------------------------------------------- execution and values

    /** The kit's preparation, plus the driver's streaming fetch size for {@code stream_results}. */
    @Override
    public PreparedStatement prepareStatement(Connection connection, Compiled compiled, ExecutionOptions options)
            throws SQLException {
        PreparedStatement ps = super.prepareStatement(connection, compiled, options);
        if (Boolean.TRUE.equals(options.get(ExecutionOptions.STREAM_RESULTS))) {
            Integer size = streamFetchSize(options.get(ExecutionOptions.FETCH_SIZE) instanceof Integer f ? f : null);
            if (size != null) {
                ps.setFetchSize(size);
            }
        }
        return ps;
    }

    /**
     * Returns the fetch size that makes the driver stream a result.
     *
     * @param requested the {@code fetch_size} execution option, or {@code null}
     * @return the fetch size to set, or {@code null} to keep what the kit set
     */
    protected abstract Integer streamFetchSize(Integer requested);

    @Override
    public void setParameter(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Boolean b) {
            statement.setInt(index, b ? 1 : 0);
        } else if (value instanceof UUID u) {
            statement.setString(index, u.toString());
        } else if (value instanceof Instant i) {
            statement.setTimestamp(index, Timestamp.from(i));
        } else if (value instanceof Character ch) {
            statement.setString(index, ch.toString());
        } else if (value == null) {
            statement.setNull(index, Types.NULL);
        } else {
            statement.setObject(index, value);
        }
    }

    @Override
    public Object getValue(ResultSet resultSet, int index) throws SQLException {
        Object value = resultSet.getObject(index);
        if (value instanceof Timestamp ts) {
            return ts.toLocalDateTime();
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof java.sql.Time) {
            return resultSet.getObject(index, LocalTime.class); // java.sql.Time would drop the fraction
        }
        return value;
    }

    /** The SQL kit of MySQL and MariaDB: its compilers, identifier preparer and reflector. */
    @Override
    public CompilerKit compilerKit() {
        return MySQLCompilerKit.INSTANCE;
    }
}
