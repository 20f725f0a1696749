package org.athanor.dialect.oracle;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.athanor.engine.Compiled;
import org.athanor.engine.ExecutionOptions;
import org.athanor.engine.URL;
import org.athanor.exc.ArgumentException;
import org.athanor.sql.compiler.ReturningOut;

/**
 * The Oracle dialect on Oracle's thin JDBC driver, ojdbc11 ({@code oracle.jdbc.OracleDriver}):
 * {@code oracle://} and {@code oracle+ojdbc://}.
 *
 * <p>URL forms (SQLAlchemy's, translated to the thin driver's):
 * <table>
 * <caption>URLs and the JDBC URLs they become</caption>
 * <tr><th>Athanor URL</th><th>JDBC URL</th></tr>
 * <tr><td>{@code oracle://scott:tiger@host:1521/orcl}</td><td>{@code jdbc:oracle:thin:@host:1521:orcl} (the
 * database is a SID)</td></tr>
 * <tr><td>{@code oracle://scott:tiger@host:1521/?service_name=svc}</td>
 * <td>{@code jdbc:oracle:thin:@//host:1521/svc}</td></tr>
 * <tr><td>{@code oracle://scott:tiger@host:1521}</td><td>{@code jdbc:oracle:thin:@//host:1521} (the
 * listener's default service)</td></tr>
 * <tr><td>{@code oracle://scott:tiger@tnsname}</td><td>{@code jdbc:oracle:thin:@tnsname}, an alias from
 * {@code tnsnames.ora}, found in the folder named by {@code ?tns_admin=...}, else the {@code TNS_ADMIN}
 * environment variable</td></tr>
 * </table>
 * A missing port is 1521. Other query arguments and the connect arguments become driver properties;
 * {@code mode=sysdba} (or {@code sysoper}, ...) becomes {@code internal_logon}. The dialect sets
 * {@code defaultRowPrefetch=100} (the driver's default is 10 rows per round trip) unless given.
 *
 * <p>Batches: ojdbc sends a batch as one array-bound execution natively; no property is needed.
 *
 * <p>Pre-ping uses {@link Connection#isValid(int)}, which ojdbc answers with a protocol-level ping of the
 * server (no SQL).
 *
 * <p>Values: beyond {@link OracleDialect}'s conversions, {@code TIMESTAMP WITH TIME ZONE} reads as
 * {@code OffsetDateTime} and {@code TIMESTAMP WITH LOCAL TIME ZONE} as {@code LocalDateTime}.
 *
 * <p>RETURNING: an INSERT, UPDATE or DELETE with {@code returning(...)} compiles to Oracle's
 * {@code RETURNING cols INTO ?, ?}. The output placeholders are registered with ojdbc's
 * {@code OraclePreparedStatement.registerReturnParameter}, and the rows ojdbc's {@code getReturnResultSet()}
 * gives back (one per row the statement touched) become the rows of the {@code Result}, labelled with the
 * RETURNING list's names. <b>This has not run against an Oracle server</b> (none was available); it is tested
 * with a stand-in for {@code OraclePreparedStatement}. An INSERT without {@code returning(...)} reports its
 * primary key through JDBC's generated keys, which ojdbc itself implements with {@code RETURNING ... INTO}.
 *
 * <p>Thread-safe after {@link #configure} and {@link #initialize}.
 */
public class OjdbcDialect extends OracleDialect {

    /** The default port of an Oracle listener. */
    public static final int DEFAULT_PORT = 1521;

    /** Creates the dialect; ServiceLoader and the registry call this. */
    public OjdbcDialect() {
    }

    @Override
    public String driver() {
        return "ojdbc";
    }

    @Override
    protected Driver jdbcDriver() {
        return new oracle.jdbc.OracleDriver();
    }

    @Override
    protected String jdbcUrl(URL url) {
        String service = url.queryValue("service_name");
        String host = url.host();
        if (host == null || host.isEmpty()) {
            throw new ArgumentException("The Oracle URL " + url + " names no host or TNS alias; write"
                    + " oracle://user:password@host:1521/sid, oracle://user:password@host:1521/?service_name=svc"
                    + " or oracle://user:password@tnsalias.");
        }
        String sid = sid(url);
        if (service != null && sid != null) {
            throw new ArgumentException("The Oracle URL " + url + " gives both a SID (the database part) and a"
                    + " service_name; give one of them.");
        }
        int port = url.port() == null ? DEFAULT_PORT : url.port();
        boolean ipv6 = host.contains(":");
        String address = ipv6 ? "[" + host + "]" : host;
        if (service != null) {
            return "jdbc:oracle:thin:@//" + address + ":" + port + "/" + service;
        }
        if (sid != null) {
            if (ipv6) {
                return "jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=" + host + ")(PORT=" + port
                        + "))(CONNECT_DATA=(SID=" + sid + ")))";
            }
            return "jdbc:oracle:thin:@" + address + ":" + port + ":" + sid;
        }
        if (url.port() != null) {
            return "jdbc:oracle:thin:@//" + address + ":" + port;
        }
        return "jdbc:oracle:thin:@" + host; // a TNS alias
    }

    /** The SID: the URL's database part, or {@code null} when it is missing or empty. */
    private static String sid(URL url) {
        String database = url.database();
        return database == null || database.isEmpty() ? null : database;
    }

    /** Tells whether a URL names a TNS alias (a host with neither port, database nor service name). */
    static boolean isTnsAlias(URL url) {
        return url.port() == null && sid(url) == null && url.queryValue("service_name") == null;
    }

    /**
     * The kit's properties without the URL-only arguments, plus {@code internal_logon} from {@code mode},
     * {@code oracle.net.tns_admin} for TNS aliases, and {@code defaultRowPrefetch}.
     */
    @Override
    protected Properties connectProperties(URL url, Map<String, Object> connectArgs) {
        Properties p = super.connectProperties(url, connectArgs);
        p.remove("service_name");
        Object mode = p.remove("mode");
        if (mode != null) {
            p.setProperty("internal_logon", mode.toString().toLowerCase(Locale.ROOT));
        }
        Object tnsAdmin = p.remove("tns_admin");
        if (tnsAdmin == null) {
            tnsAdmin = p.remove("TNS_ADMIN");
        }
        if (tnsAdmin == null && isTnsAlias(url) && !p.containsKey("oracle.net.tns_admin")) {
            tnsAdmin = System.getenv("TNS_ADMIN");
        }
        if (tnsAdmin != null) {
            p.setProperty("oracle.net.tns_admin", tnsAdmin.toString());
        }
        p.putIfAbsent("defaultRowPrefetch", "100");
        return p;
    }

    /**
     * Prepares as the kit does; a DML statement whose RETURNING clause has output placeholders is wrapped so
     * that executing it yields the returned rows as its result set.
     */
    @Override
    public PreparedStatement prepareStatement(Connection connection, Compiled compiled, ExecutionOptions options)
            throws SQLException {
        PreparedStatement ps = super.prepareStatement(connection, compiled, options);
        return ReturningInto.applies(compiled) ? ReturningInto.wrap(ps, compiled.sql(), this) : ps;
    }

    /** Registers a RETURNING output placeholder ({@link ReturningOut}) as a return parameter; binds the rest. */
    @Override
    public void setParameter(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof ReturningOut out) {
            ReturningInto.register(statement, index, out, capabilities());
        } else {
            super.setParameter(statement, index, value);
        }
    }

    @Override
    protected Object convert(ResultSet resultSet, int index, Object value) throws SQLException {
        if (value instanceof oracle.sql.TIMESTAMPTZ) {
            return resultSet.getObject(index, OffsetDateTime.class);
        }
        if (value instanceof oracle.sql.TIMESTAMPLTZ || value instanceof oracle.sql.TIMESTAMP
                || value instanceof oracle.sql.DATE) {
            return resultSet.getObject(index, LocalDateTime.class);
        }
        return super.convert(resultSet, index, value);
    }
}
