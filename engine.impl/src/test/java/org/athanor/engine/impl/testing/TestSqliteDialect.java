package org.athanor.engine.impl.testing;

import java.sql.Driver;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.athanor.dialect.Capabilities;
import org.athanor.dialect.DefaultDialect;
import org.athanor.dialect.ErrorClassifier;
import org.athanor.engine.URL;
import org.athanor.pool.PoolFactory;
import org.athanor.pool.QueuePool;
import org.athanor.pool.SingletonThreadPool;

/**
 * A small SQLite dialect on xerial's driver, for engine.impl's own tests only (the real one lives in
 * dialect.sqlite). Registered through META-INF/services as {@code sqlite+testjdbc}, a default driver with a low
 * ranking, so a real SQLite dialect on the class path wins {@code sqlite://}.
 *
 * <p>Thread-safe after configuration, like every dialect.
 */
public class TestSqliteDialect extends DefaultDialect {
    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public String driver() {
        return "testjdbc";
    }

    @Override
    public int ranking() {
        return -100;
    }

    @Override
    protected Driver jdbcDriver() {
        return new org.sqlite.JDBC();
    }

    @Override
    protected String jdbcUrl(URL url) {
        return isMemory(url) ? "jdbc:sqlite::memory:" : "jdbc:sqlite:" + url.database();
    }

    private static boolean isMemory(URL url) {
        return url.database() == null || url.database().isEmpty() || ":memory:".equals(url.database());
    }

    @Override
    protected Properties connectProperties(URL url, Map<String, Object> connectArgs) {
        Properties p = super.connectProperties(url, connectArgs);
        p.putIfAbsent("busy_timeout", "10000");
        return p;
    }

    @Override
    public PoolFactory defaultPoolFactory(URL url) {
        return isMemory(url) ? SingletonThreadPool::new : QueuePool::new;
    }

    @Override
    public Set<String> isolationLevels() {
        return Set.of("AUTOCOMMIT", "SERIALIZABLE", "READ UNCOMMITTED");
    }

    /** xerial reports no SQLState: SQLITE_CONSTRAINT (19, and its extended codes) is an integrity error. */
    @Override
    protected ErrorClassifier.Kind classify(SQLException e) {
        return (e.getErrorCode() & 0xff) == 19 ? ErrorClassifier.Kind.INTEGRITY : super.classify(e);
    }

    @Override
    public Capabilities capabilities() {
        return Capabilities.of(1000, Capabilities.Feature.SAVEPOINTS, Capabilities.Feature.TRANSACTIONAL_DDL);
    }
}
