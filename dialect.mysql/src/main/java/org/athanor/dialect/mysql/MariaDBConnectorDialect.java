package org.athanor.dialect.mysql;

import java.sql.Driver;
import java.util.Map;
import java.util.Properties;
import org.athanor.engine.URL;
import org.athanor.exc.ArgumentException;

/**
 * The MySQL dialect on MariaDB Connector/J ({@code org.mariadb.jdbc.Driver}): {@code mysql+mariadb://}, a
 * second driver for the {@code mysql} name (not its default).
 *
 * <p>URLs: {@code mysql+mariadb://user:password@host:port/database?property=value}; every query argument and
 * connect argument becomes a driver property. The driver always talks utf8mb4, so {@code charset} may only be
 * {@code utf8mb4} (or {@code utf8}); another character set needs {@code mysql+connectorj}.
 *
 * <p>Batches: MariaDB Connector/J 3 has no {@code rewriteBatchedStatements}; its acceleration is the MariaDB
 * server's bulk protocol, which the dialect switches on for INSERTs ({@code useBulkStmtsForInserts=true},
 * also the driver's default) and leaves off for UPDATE and DELETE ({@code useBulkStmts=false}), whose bulk
 * form reports no per-row counts. Against a MySQL server the driver pipelines the batch instead.
 *
 * <p>Streaming: {@code stream_results} sets a fetch size (the {@code fetch_size} option, else
 * {@value #STREAM_FETCH_SIZE}), which this driver honours by reading rows in batches.
 *
 * <p>Pre-ping uses {@link java.sql.Connection#isValid(int)}, which this driver answers with {@code COM_PING}.
 *
 * <p>Thread-safe after {@link #configure} and {@link #initialize}.
 */
public class MariaDBConnectorDialect extends MySQLDialect {

    /** The fetch size used for {@code stream_results} when no {@code fetch_size} is given. */
    public static final int STREAM_FETCH_SIZE = 1000;

    private volatile boolean bulkInserts = true;

    /** Creates the dialect; ServiceLoader and the registry call this. */
    public MariaDBConnectorDialect() {
    }

    @Override
    public String driver() {
        return "mariadb";
    }

    /** Not the default for {@code mysql://}: MySQL Connector/J is. */
    @Override
    public boolean isDefaultDriver() {
        return false;
    }

    @Override
    protected Driver jdbcDriver() {
        try {
            return new org.mariadb.jdbc.Driver();
        } catch (NoClassDefFoundError e) {
            throw driverMissing("MariaDB Connector/J", "org.mariadb.jdbc:mariadb-java-client (bundle"
                    + " org.mariadb.jdbc)", e);
        }
    }

    @Override
    protected String jdbcUrl(URL url) {
        return "jdbc:mariadb://" + hostPortDatabase(url);
    }

    @Override
    protected Properties connectProperties(URL url, Map<String, Object> connectArgs) {
        Properties p = super.connectProperties(url, connectArgs);
        p.putIfAbsent("useBulkStmtsForInserts", "true");
        bulkInserts = Boolean.parseBoolean(p.getProperty("useBulkStmtsForInserts"));
        return p;
    }

    @Override
    protected void applyCharset(Properties properties, String charset) {
        if (!isUtf8(charset)) {
            throw new ArgumentException("MariaDB Connector/J always uses utf8mb4, so charset=" + charset
                    + " cannot be honoured; drop the argument or use mysql+connectorj://.");
        }
    }

    @Override
    protected boolean batchRewrite() {
        return bulkInserts;
    }

    /** {@value #STREAM_FETCH_SIZE} rows at a time, unless a fetch size was given. */
    @Override
    protected Integer streamFetchSize(Integer requested) {
        return requested != null ? null : STREAM_FETCH_SIZE;
    }
}
