package org.athanor.dialect.postgresql;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.athanor.engine.URL;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the live tests use: {@code ATHANOR_PG_URL}, else
 * {@code postgresql://postgres@127.0.0.1:5432/test}. When it cannot be reached the tests skip with one line,
 * except under {@code CI=true}, where they fail.
 */
final class LivePostgres {
    static final String ENV = "ATHANOR_PG_URL";
    static final String DEFAULT = "postgresql://postgres@127.0.0.1:5432/test";

    private static volatile String unreachable;
    private static volatile boolean checked;

    private LivePostgres() {
    }

    static URL url() {
        String env = System.getenv(ENV);
        return URL.parse(env == null || env.isBlank() ? DEFAULT : env);
    }

    /** Makes a configured dialect, skipping (or failing under CI) when the server is unreachable. */
    static PgjdbcDialect dialect() {
        requireServer();
        return new PgjdbcDialect();
    }

    /** Opens a driver connection through the dialect, as the engine does. */
    static Connection connect(PgjdbcDialect dialect) throws SQLException {
        return dialect.connectionCreator(url(), Map.of("connectTimeout", "5")).create();
    }

    /** Skips or fails the calling test when the server cannot be reached. */
    static synchronized void requireServer() {
        if (!checked) {
            try (Connection c = new PgjdbcDialect().connectionCreator(url(), Map.of("connectTimeout", "5")).create()) {
                unreachable = null;
            } catch (SQLException | RuntimeException e) {
                unreachable = e.getMessage();
                System.err.println("[athanor] Skipping live PostgreSQL tests: not reachable at " + url() + " (set "
                        + ENV + "; CI=true makes this a failure): " + unreachable);
            }
            checked = true;
        }
        if (unreachable != null) {
            String line = "PostgreSQL not reachable at " + url() + " (set " + ENV + "): " + unreachable;
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
