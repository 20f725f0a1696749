package org.athanor.dialect.mysql;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.athanor.engine.URL;
import org.junit.jupiter.api.Assumptions;

/**
 * The MySQL-protocol server the live tests use (a MariaDB server here): {@code ATHANOR_MYSQL_URL}, else
 * {@code mysql://root@127.0.0.1:3306/test}; each driver's dialect connects to it with its own URL name. When
 * it cannot be reached the tests skip with one line, except under {@code CI=true}, where they fail.
 */
final class LiveMySQL {
    static final String ENV = "ATHANOR_MYSQL_URL";
    static final String DEFAULT = "mysql://root@127.0.0.1:3306/test";

    private static volatile String unreachable;
    private static volatile boolean checked;

    private LiveMySQL() {
    }

    /** The two drivers' dialects, for parameterized tests. */
    static Stream<MySQLDialect> dialects() {
        return Stream.of(new ConnectorJDialect(), new MariaDBConnectorDialect());
    }

    /** The URL for a dialect's driver. */
    static URL url(MySQLDialect dialect) {
        String env = System.getenv(ENV);
        URL base = URL.parse(env == null || env.isBlank() ? DEFAULT : env);
        return base.withDrivername(dialect.qualifiedName());
    }

    /** Opens a driver connection through the dialect, as the engine does. */
    static Connection connect(MySQLDialect dialect) throws SQLException {
        requireServer();
        return dialect.connectionCreator(url(dialect), Map.of("connectTimeout", "5000")).create();
    }

    /** Skips or fails the calling test when the server cannot be reached. */
    static synchronized void requireServer() {
        if (!checked) {
            MySQLDialect probe = new MariaDBConnectorDialect();
            try (Connection c = probe.connectionCreator(url(probe), Map.of("connectTimeout", "5000")).create()) {
                unreachable = null;
            } catch (SQLException | RuntimeException e) {
                unreachable = e.getMessage();
                System.err.println("[athanor] Skipping live MySQL/MariaDB tests: not reachable at "
                        + url(new ConnectorJDialect()) + " (set " + ENV + "; CI=true makes this a failure): "
                        + unreachable);
            }
            checked = true;
        }
        if (unreachable != null) {
            String line = "MySQL/MariaDB not reachable at " + url(new ConnectorJDialect()) + " (set " + ENV + "): "
                    + unreachable;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true and " + line);
            }
            Assumptions.abort("Skipped: " + line);
        }
    }

    /**
     * Skips (or fails under {@code CI=true}) a test that needs the engine when engine.impl provides no
     * {@code EngineFactory} on the test class path.
     */
    static void requireEngine() {
        if (java.util.ServiceLoader.load(org.athanor.engine.EngineFactory.class).findFirst().isEmpty()) {
            String line = "engine.impl provides no EngineFactory on the class path yet; the engine tests run once"
                    + " it does";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true and " + line);
            }
            Assumptions.abort("Skipped: " + line);
        }
    }

    /** A table name no other run uses. */
    static String uniqueName(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
