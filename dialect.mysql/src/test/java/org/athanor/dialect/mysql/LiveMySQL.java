package org.athanor.dialect.mysql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.UUID;
import java.util.stream.Stream;
import org.athanor.engine.EngineFactory;
import org.athanor.engine.URL;
import org.athanor.testing.LiveDatabase;

/**
 * The MySQL-protocol server the live tests use (a MariaDB server here), found by the conformance kit's
 * {@link LiveDatabase} ({@code ATHANOR_MYSQL_URL}, default {@code mysql://root@127.0.0.1:3306/test}); each
 * driver's dialect connects to it under its own qualified name. When it cannot be reached the tests skip with
 * one line, except under {@code CI=true}, where they fail.
 */
final class LiveMySQL {

    private LiveMySQL() {
    }

    /** The two drivers' dialects, for parameterized tests. */
    static Stream<MySQLDialect> dialects() {
        return Stream.of(new ConnectorJDialect(), new MariaDBConnectorDialect());
    }

    /** The URL for a dialect's driver; skips or fails the calling test when nothing listens there. */
    static URL url(MySQLDialect dialect) {
        return URL.parse(LiveDatabase.mysql()).withDrivername(dialect.qualifiedName());
    }

    /** Skips or fails the calling test when the server cannot be reached. */
    static void requireServer() {
        LiveDatabase.mysql();
    }

    /** Opens a driver connection through the dialect, as the engine does. */
    static Connection connect(MySQLDialect dialect) throws SQLException {
        return dialect.connectionCreator(url(dialect), Map.of("connectTimeout", "5000")).create();
    }

    /** Skips (or fails under CI) a test that needs the engine while engine.impl provides no factory. */
    static void requireEngine() {
        if (ServiceLoader.load(EngineFactory.class).findFirst().isEmpty()) {
            LiveDatabase.unavailable("engine.impl provides no EngineFactory on the test class path yet; the engine"
                    + " tests run once it does");
        }
    }

    /** A table name no other run uses. */
    static String uniqueName(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
