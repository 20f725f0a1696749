package org.athanor.dialect.postgresql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.UUID;
import org.athanor.engine.EngineFactory;
import org.athanor.engine.URL;
import org.athanor.testing.LiveDatabase;

/**
 * The PostgreSQL server the live tests use, found by the conformance kit's {@link LiveDatabase}
 * ({@code ATHANOR_PG_URL}, default {@code postgresql://postgres@127.0.0.1:5432/test}): when it cannot be
 * reached the tests skip with one line, except under {@code CI=true}, where they fail.
 */
final class LivePostgres {

    private LivePostgres() {
    }

    /** The server's URL; skips or fails the calling test when nothing listens there. */
    static URL url() {
        return URL.parse(LiveDatabase.postgresql());
    }

    /** Skips or fails the calling test when the server cannot be reached. */
    static void requireServer() {
        url();
    }

    /** Makes a dialect, skipping (or failing under CI) when the server is unreachable. */
    static PgjdbcDialect dialect() {
        requireServer();
        return new PgjdbcDialect();
    }

    /** Opens a driver connection through the dialect, as the engine does. */
    static Connection connect(PgjdbcDialect dialect) throws SQLException {
        return dialect.connectionCreator(url(), Map.of("connectTimeout", "5")).create();
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
