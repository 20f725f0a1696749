package org.athanor.dialect.postgresql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.athanor.dialect.Capabilities.Feature;
import org.athanor.dialect.Capabilities;
import org.athanor.dialect.DefaultDialect;
import org.athanor.dialect.ErrorClassifier;
import org.athanor.dialect.ServerVersion;
import org.athanor.dialect.postgresql.sql.PostgreSQLCompilerKit;
import org.athanor.exc.ArgumentException;
import org.athanor.sql.compiler.CompilerKit;

/**
 * The base of every PostgreSQL dialect (SQLAlchemy's {@code PGDialect}): what PostgreSQL itself does,
 * whatever the driver — its isolation levels, the SQLStates that mean a dead connection, error
 * classification, capabilities by server version and the {@code search_path} option. A driver's dialect,
 * such as {@link PgjdbcDialect}, adds the JDBC URL, driver properties and value conversions.
 *
 * <p>Dialect options ({@code EngineOptions.dialectOption}): {@value #SEARCH_PATH} — a schema name, a
 * comma-separated list of them, or a collection of them, set as the search path of every connection.
 *
 * <p>Thread-safe after {@link #configure} and {@link #initialize}.
 */
public abstract class PostgreSQLDialect extends DefaultDialect {

    /** The dialect option that sets the schema search path of every connection. */
    public static final String SEARCH_PATH = "search_path";

    /** SQLStates outside class 08 after which the server has closed the session. */
    private static final Set<String> DISCONNECT_STATES = Set.of(
            "57P01", // admin_shutdown: pg_terminate_backend, smart or fast shutdown
            "57P02", // crash_shutdown: another backend crashed, the server restarts
            "57P03", // cannot_connect_now: starting up or shutting down
            "57P05", // idle_session_timeout (PostgreSQL 14)
            "25P03"); // idle_in_transaction_session_timeout: the session is terminated

    /** Text statements beyond the kit's that change data or schema (SQLAlchemy's PostgreSQL list). */
    private static final Pattern MORE_AUTOCOMMIT_TEXT = Pattern.compile(
            "(?:IMPORT\\s+FOREIGN\\s+SCHEMA|REFRESH\\s+MATERIALIZED\\s+VIEW|COPY|CLUSTER|REINDEX)\\b",
            Pattern.CASE_INSENSITIVE);

    private volatile boolean standardConformingStrings = true;

    /** Creates the dialect. */
    protected PostgreSQLDialect() {
    }

    @Override
    public final String name() {
        return "postgresql";
    }

    @Override
    protected Set<String> knownOptions() {
        return Set.of(SEARCH_PATH);
    }

    /**
     * Returns the {@value #SEARCH_PATH} dialect option as the comma-separated list PostgreSQL takes.
     *
     * @return the search path, or {@code null} when not set
     * @throws ArgumentException if a schema name is empty
     */
    public String searchPath() {
        Object value = option(SEARCH_PATH, null);
        if (value == null) {
            return null;
        }
        Collection<?> parts = value instanceof Collection<?> c ? c : List.of(value.toString().split(","));
        StringBuilder sb = new StringBuilder();
        for (Object part : parts) {
            String schema = String.valueOf(part).trim();
            if (schema.isEmpty()) {
                throw new ArgumentException("Dialect option 'search_path' of " + qualifiedName()
                        + " holds an empty schema name in '" + value + "'; give names separated by commas,"
                        + " such as 'app,public'.");
            }
            sb.append(sb.length() == 0 ? "" : ",").append(schema);
        }
        return sb.toString();
    }

    // ----------------------------------------------------------------- server

    /**
     * Reads the server version (from {@code server_version_num}, so distribution suffixes do not matter)
     * and {@code standard_conforming_strings}. Ends the transaction the query began unless the connection
     * autocommits.
     */
    @Override
    public void initialize(Connection connection) throws SQLException {
        super.initialize(connection);
        String text = serverVersion().text();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT current_setting('server_version_num'),"
                        + " current_setting('standard_conforming_strings')")) {
            if (rs.next()) {
                setServerVersion(versionFromNumber(Integer.parseInt(rs.getString(1).trim()), text));
                standardConformingStrings = "on".equalsIgnoreCase(rs.getString(2));
            }
        } finally {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        }
    }

    /**
     * Turns {@code server_version_num} into a version: 150004 is 15.4, 90624 is 9.6.24.
     *
     * @param number the server's version number
     * @param text the version text the server reported
     * @return the version
     */
    static ServerVersion versionFromNumber(int number, String text) {
        int major = number / 10000;
        List<Integer> parts = major >= 10 ? List.of(major, number % 10000)
                : List.of(major, (number / 100) % 100, number % 100);
        return new ServerVersion(parts, text);
    }

    /** Lets this package's tests set the version without a server. */
    void useServerVersion(ServerVersion version) {
        setServerVersion(version);
    }

    /**
     * Tells whether string literals treat backslashes literally ({@code standard_conforming_strings}, on
     * by default since PostgreSQL 9.1), for compilers that render literals.
     *
     * @return whether backslashes are literal in {@code '...'} strings
     */
    public boolean standardConformingStrings() {
        return standardConformingStrings;
    }

    /**
     * Tells whether the server has {@code INSERT ... ON CONFLICT} (PostgreSQL 9.5).
     *
     * @return whether supported (true before the first connection)
     */
    public boolean supportsOnConflict() {
        return atLeast(9, 5);
    }

    /**
     * Tells whether the server has the JSONB type (PostgreSQL 9.4).
     *
     * @return whether supported (true before the first connection)
     */
    public boolean supportsJsonb() {
        return atLeast(9, 4);
    }

    private boolean atLeast(int... version) {
        ServerVersion v = serverVersion();
        return v == null || v.parts().isEmpty() || v.atLeast(version);
    }

    /**
     * PostgreSQL's features; identity columns from 10, JSON from 9.2, and driver batch rewriting where
     * the driver's dialect says it is switched on.
     */
    @Override
    public Capabilities capabilities() {
        Capabilities c = Capabilities.of(63, Feature.SAVEPOINTS, Feature.TRANSACTIONAL_DDL,
                Feature.INSERT_RETURNING, Feature.UPDATE_RETURNING, Feature.DELETE_RETURNING, Feature.SEQUENCES,
                Feature.NATIVE_BOOLEAN, Feature.NATIVE_UUID, Feature.MULTI_ROW_INSERT, Feature.FULL_OUTER_JOIN,
                Feature.INTERSECT_EXCEPT, Feature.SCHEMAS, Feature.COMMENTS, Feature.SERVER_SIDE_CURSORS,
                Feature.NULLS_ORDERING, Feature.CHECK_CONSTRAINTS);
        if (atLeast(10)) {
            c = c.with(Feature.IDENTITY_COLUMNS);
        }
        if (atLeast(9, 2)) {
            c = c.with(Feature.JSON);
        }
        if (batchRewrite()) {
            c = c.with(Feature.BATCH_REWRITE);
        }
        return c;
    }

    /**
     * Tells whether the driver rewrites batched INSERTs into multi-row statements.
     *
     * @return false here; a driver's dialect says otherwise
     */
    protected boolean batchRewrite() {
        return false;
    }

    // ----------------------------------------------------------------- errors

    /**
     * Besides the kit's connection-exception checks (SQLState class 08 and the JDBC connection exception
     * types), the server's own "the session is over" states: {@code 57P01} (terminated by an administrator,
     * as {@code pg_terminate_backend} does), {@code 57P02}, {@code 57P03}, {@code 57P05} and {@code 25P03}.
     */
    @Override
    public boolean isDisconnect(SQLException e) {
        if (super.isDisconnect(e)) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null && DISCONNECT_STATES.contains(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Refines the kit's classification where PostgreSQL's states would mislead it: a database that does not
     * exist ({@code 3D000}, met when connecting) is operational, PL/pgSQL's {@code RAISE} (class P0) is
     * internal and foreign data wrapper errors (class HV) are operational, as psycopg2 has them.
     */
    @Override
    protected ErrorClassifier.Kind classify(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            if (state.equals("3D000") || state.startsWith("HV")) {
                return ErrorClassifier.Kind.OPERATIONAL;
            }
            if (state.startsWith("P0")) {
                return ErrorClassifier.Kind.INTERNAL;
            }
        }
        return super.classify(e);
    }

    @Override
    public boolean isAutocommitText(String sql) {
        return super.isAutocommitText(sql) || MORE_AUTOCOMMIT_TEXT.matcher(stripLeadingComments(sql)).lookingAt();
    }

    /** PostgreSQL's SQL kit: its compilers, identifier preparer and reflector. */
    @Override
    public CompilerKit compilerKit() {
        return PostgreSQLCompilerKit.INSTANCE;
    }
}
