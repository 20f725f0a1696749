package org.athanor.dialect.postgresql;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.athanor.dialect.RowReader;
import org.athanor.engine.Compiled;
import org.athanor.engine.ExecutionOptions;
import org.athanor.engine.URL;
import org.athanor.exc.ArgumentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL dialect on the {@code org.postgresql} JDBC driver (pgjdbc): {@code postgresql://} and
 * {@code postgresql+pgjdbc://}. The old {@code postgres://} name is not accepted, as SQLAlchemy 1.4 removed
 * it; write {@code postgresql://}.
 *
 * <p>URLs: {@code postgresql://user:password@host:port/database?property=value}, where every query argument
 * and every engine connect argument becomes a pgjdbc connection property ({@code sslmode},
 * {@code connectTimeout}, {@code options}, ...). Several hosts, for pgjdbc's fail-over, are given as repeated
 * {@code host} query arguments with an empty URL host ({@code postgresql://u@/db?host=a:5432&host=b:5433}).
 * A missing host means {@code localhost}, a missing port 5432.
 *
 * <p>Defaults the dialect sets unless the URL or connect arguments set them: {@code reWriteBatchedInserts=true}
 * (many-row INSERTs are sent as multi-row statements; rowcounts of such batches are then reported per
 * rewritten statement) and {@code ApplicationName=athanor}. The {@value PostgreSQLDialect#SEARCH_PATH}
 * dialect option, or a {@code search_path} query or connect argument, becomes pgjdbc's {@code currentSchema}.
 *
 * <p>Streaming: the {@code stream_results} execution option sets a fetch size (the {@code fetch_size}
 * option, else {@value #STREAM_FETCH_SIZE}), so pgjdbc reads rows through a server-side portal in batches.
 * pgjdbc does that only while the driver connection is not in autocommit mode, that is inside a transaction
 * ({@code connection.begin()}); outside one, or at the AUTOCOMMIT level, it reads every row at once.
 *
 * <p>Pre-ping uses {@link Connection#isValid(int)}, which pgjdbc answers by sending an empty query: one round
 * trip, nothing parsed or planned.
 *
 * <p>Thread-safe after {@link #configure} and {@link #initialize}.
 */
public class PgjdbcDialect extends PostgreSQLDialect {

    /** The fetch size used for {@code stream_results} when no {@code fetch_size} is given. */
    public static final int STREAM_FETCH_SIZE = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(PgjdbcDialect.class);

    /** pgjdbc's result set class, whose {@code getObject} {@link PgRows} reproduces with the typed getters. */
    private static final String PGJDBC_RESULT_SET = "org.postgresql.jdbc.PgResultSet";

    private volatile boolean rewriteBatches = true;
    private volatile boolean warnedStreamingInAutocommit;
    /** Whether values are read by {@link #getValue} as declared here (no subclass reads them its own way). */
    private final boolean inheritsGetValue;

    /** Creates the dialect; ServiceLoader and the registry call this. */
    public PgjdbcDialect() {
        boolean inherits;
        try {
            inherits = getClass().getMethod("getValue", ResultSet.class, int.class).getDeclaringClass()
                    == PgjdbcDialect.class;
        } catch (NoSuchMethodException e) {
            inherits = false;
        }
        this.inheritsGetValue = inherits;
    }

    @Override
    public String driver() {
        return "pgjdbc";
    }

    @Override
    protected Driver jdbcDriver() {
        return new org.postgresql.Driver();
    }

    @Override
    protected String jdbcUrl(URL url) {
        List<String> queryHosts = url.query().getOrDefault("host", List.of());
        StringBuilder sb = new StringBuilder("jdbc:postgresql://");
        if (!queryHosts.isEmpty()) {
            if (url.host() != null) {
                throw new ArgumentException("The URL " + url + " names a host both before the database and in"
                        + " host= query arguments; for several hosts leave the first empty, as in"
                        + " postgresql://user@/db?host=a:5432&host=b:5432.");
            }
            for (int i = 0; i < queryHosts.size(); i++) {
                sb.append(i == 0 ? "" : ",").append(hostAndPort(queryHosts.get(i), url.port()));
            }
        } else {
            sb.append(hostAndPort(url.host() == null ? "localhost" : url.host(), url.port()));
        }
        sb.append('/');
        if (url.database() != null) {
            sb.append(URLEncoder.encode(url.database(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb.toString();
    }

    private static String hostAndPort(String host, Integer defaultPort) {
        String h = host.trim();
        String port = defaultPort == null ? "5432" : defaultPort.toString();
        if (h.startsWith("[")) {
            return h.contains("]:") ? h : h + ":" + port;
        }
        int colons = h.length() - h.replace(":", "").length();
        if (colons > 1) {
            return "[" + h + "]:" + port; // a bare IPv6 address
        }
        return colons == 1 ? h : h + ":" + port;
    }

    /**
     * Adds pgjdbc's defaults to the kit's properties and maps the search path: see the class description.
     */
    @Override
    protected Properties connectProperties(URL url, Map<String, Object> connectArgs) {
        Properties p = super.connectProperties(url, connectArgs);
        p.remove("host");
        Object searchPath = p.remove(SEARCH_PATH);
        String configured = searchPath();
        if (configured != null) {
            searchPath = configured;
        }
        if (searchPath != null && !p.containsKey("currentSchema")) {
            p.setProperty("currentSchema", searchPath.toString());
        }
        p.putIfAbsent("reWriteBatchedInserts", "true");
        p.putIfAbsent("ApplicationName", "athanor");
        rewriteBatches = Boolean.parseBoolean(p.getProperty("reWriteBatchedInserts"));
        return p;
    }

    @Override
    protected boolean batchRewrite() {
        return rewriteBatches;
    }

    // ----------------------------------------------------------------- execution

    /**
     * The kit's preparation, plus a fetch size for {@code stream_results} (see the class description).
     */
    @Override
    public PreparedStatement prepareStatement(Connection connection, Compiled compiled, ExecutionOptions options)
            throws SQLException {
        PreparedStatement ps = super.prepareStatement(connection, compiled, options);
        if (Boolean.TRUE.equals(options.get(ExecutionOptions.STREAM_RESULTS))) {
            if (!(options.get(ExecutionOptions.FETCH_SIZE) instanceof Integer)) {
                ps.setFetchSize(STREAM_FETCH_SIZE);
            }
            if (connection.getAutoCommit() && !warnedStreamingInAutocommit) {
                warnedStreamingInAutocommit = true;
                LOG.warn("stream_results has no effect while the pgjdbc connection autocommits (outside a"
                        + " transaction, or at the AUTOCOMMIT level): the driver reads all rows at once. Stream"
                        + " inside a transaction (connection.begin()) instead.");
            }
        }
        return ps;
    }

    /**
     * Binds through {@link PgTypes#bind}: collections and object arrays as PostgreSQL arrays,
     * {@link java.time.Instant} and {@link java.time.ZonedDateTime} as {@code timestamptz}, anything else as
     * pgjdbc binds it ({@link java.util.UUID} as {@code uuid}, {@link PgValues} JSON as {@code json}).
     */
    @Override
    public void setParameter(PreparedStatement statement, int index, Object value) throws SQLException {
        PgTypes.bind(statement, index, value);
    }

    /**
     * Reads a pgjdbc result's rows with its typed getters once the column types are known (see {@link PgRows}),
     * giving the values {@link #getValue} gives; value by value through {@link #getValue} when a subclass
     * overrides it or the result set is not pgjdbc's own.
     *
     * @param resultSet the result set
     * @return the reader
     * @throws SQLException if the driver fails
     */
    @Override
    public RowReader rowReader(ResultSet resultSet) throws SQLException {
        if (inheritsGetValue && resultSet.getClass().getName().equals(PGJDBC_RESULT_SET)) {
            return new PgRows();
        }
        return super.rowReader(resultSet);
    }

    /**
     * Reads through {@link PgTypes#read}: dates and times as {@code java.time} values, arrays as lists, JSON
     * and other driver objects as their text.
     */
    @Override
    public Object getValue(ResultSet resultSet, int index) throws SQLException {
        return PgTypes.read(resultSet, index);
    }
}
