package org.athanor.dialect.mysql;

import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Properties;
import org.athanor.engine.URL;

/**
 * The MySQL dialect on MySQL Connector/J ({@code com.mysql.cj.jdbc.Driver}): the default for {@code mysql://},
 * and {@code mysql+connectorj://}. It talks to MariaDB servers as well (tested here against MariaDB 10.11).
 *
 * <p>URLs: {@code mysql://user:password@host:port/database?property=value}; every query argument and connect
 * argument becomes a Connector/J property. {@code charset} (SQLAlchemy's name) becomes
 * {@code characterEncoding}: {@code utf8mb4}, {@code utf8} and {@code utf8mb3} all mean {@code UTF-8}, which
 * Connector/J sends as utf8mb4.
 *
 * <p>Defaults the dialect sets unless given: {@code rewriteBatchedStatements=true} (batched INSERTs become
 * multi-row statements) and {@code characterEncoding=UTF-8} (utf8mb4).
 *
 * <p>Streaming: {@code stream_results} sets Connector/J's row-by-row streaming (fetch size
 * {@code Integer.MIN_VALUE}); with {@code useCursorFetch=true} a {@code fetch_size} option uses a server-side
 * cursor instead. While a streamed result is open, the connection can run nothing else.
 *
 * <p>MariaDB before 11 introduces itself to MySQL clients as version {@code 5.5.5-10.x}; Connector/J then
 * believes the server has no fractional seconds and drops them from bound date-times. Against such a server
 * this dialect binds a {@code LocalDateTime}, {@code LocalTime} or {@code Timestamp} that has a fraction as
 * its text, which the server converts without loss.
 *
 * <p>Pre-ping uses {@link java.sql.Connection#isValid(int)}, which Connector/J answers with the protocol's
 * {@code COM_PING}: one small packet each way, no statement.
 *
 * <p>Thread-safe after {@link #configure} and {@link #initialize}.
 */
public class ConnectorJDialect extends MySQLDialect {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSSSS");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSSSSS");

    private volatile boolean rewriteBatches = true;
    private volatile boolean cursorFetch;

    /** Creates the dialect; ServiceLoader and the registry call this. */
    public ConnectorJDialect() {
    }

    @Override
    public String driver() {
        return "connectorj";
    }

    @Override
    protected Driver jdbcDriver() {
        try {
            return new com.mysql.cj.jdbc.Driver();
        } catch (SQLException e) {
            throw wrapException(e, null, null, false);
        } catch (NoClassDefFoundError e) {
            throw driverMissing("MySQL Connector/J", "com.mysql:mysql-connector-j (bundle com.mysql.cj)", e);
        }
    }

    @Override
    protected String jdbcUrl(URL url) {
        return "jdbc:mysql://" + hostPortDatabase(url);
    }

    @Override
    protected Properties connectProperties(URL url, Map<String, Object> connectArgs) {
        Properties p = super.connectProperties(url, connectArgs);
        p.putIfAbsent("rewriteBatchedStatements", "true");
        p.putIfAbsent("characterEncoding", "UTF-8");
        rewriteBatches = Boolean.parseBoolean(p.getProperty("rewriteBatchedStatements"));
        cursorFetch = Boolean.parseBoolean(p.getProperty("useCursorFetch"));
        return p;
    }

    @Override
    protected void applyCharset(Properties properties, String charset) {
        properties.setProperty("characterEncoding", isUtf8(charset) ? "UTF-8" : charset);
    }

    @Override
    protected boolean batchRewrite() {
        return rewriteBatches;
    }

    @Override
    public void setParameter(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value != null && isMariaDB() && !serverVersion().atLeast(11)) {
            String text = fractionalText(value);
            if (text != null) {
                statement.setString(index, text);
                return;
            }
        }
        super.setParameter(statement, index, value);
    }

    /** The text of a date-time or time with a fraction of a second, or {@code null} for anything else. */
    static String fractionalText(Object value) {
        if (value instanceof Timestamp ts && ts.getNanos() % 1_000_000_000 != 0) {
            value = ts.toLocalDateTime();
        }
        if (value instanceof LocalDateTime ldt && ldt.getNano() != 0) {
            return DATE_TIME.format(ldt);
        }
        if (value instanceof LocalTime lt && lt.getNano() != 0) {
            return TIME.format(lt);
        }
        return null;
    }

    /** Row-by-row streaming, unless {@code useCursorFetch=true} and a fetch size were given. */
    @Override
    protected Integer streamFetchSize(Integer requested) {
        return cursorFetch && requested != null ? null : Integer.MIN_VALUE;
    }
}
