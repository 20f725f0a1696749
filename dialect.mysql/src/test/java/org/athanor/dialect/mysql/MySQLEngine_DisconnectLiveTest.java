package org.athanor.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.athanor.engine.Athanor;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;
import org.athanor.exc.DBAPIException;
import org.athanor.exc.OperationalException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Server-side kills of pooled connections ({@code KILL id}) through a real engine and pool, with each driver:
 * the next use raises one disconnect error and the pool recovers by itself; with pre-ping the caller never
 * sees it. Also proves qualified names: the engine is created from {@code mysql+connectorj://} and
 * {@code mysql+mariadb://} URLs.
 */
class MySQLEngine_DisconnectLiveTest {

    private static final int POOL_SIZE = 3;

    private Engine engine;

    static List<MySQLDialect> dialects() {
        return LiveMySQL.dialects().toList();
    }

    @AfterEach
    void dispose() {
        if (engine != null) {
            engine.dispose();
        }
    }

    private Engine engine(MySQLDialect dialect, boolean prePing) {
        LiveMySQL.requireServer();
        LiveMySQL.requireEngine();
        engine = Athanor.createEngine(LiveMySQL.url(dialect), EngineOptions.builder().poolSize(POOL_SIZE)
                .maxOverflow(0).prePing(prePing).build());
        assertThat(engine.dialect().qualifiedName()).isEqualTo(dialect.qualifiedName());
        return engine;
    }

    private static long id(Connection c) {
        return ((Number) c.execute("SELECT CONNECTION_ID()").scalar()).longValue();
    }

    private Set<Long> fillPool() {
        List<Connection> held = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        try {
            for (int i = 0; i < POOL_SIZE; i++) {
                Connection c = engine.connect();
                held.add(c);
                ids.add(id(c));
            }
        } finally {
            held.forEach(Connection::close);
        }
        assertThat(ids).hasSize(POOL_SIZE);
        return ids;
    }

    /** Kills the sessions from another connection and waits until the server has let them go. */
    private static void kill(MySQLDialect dialect, Set<Long> ids) throws SQLException, InterruptedException {
        try (java.sql.Connection admin = LiveMySQL.connect(dialect); Statement s = admin.createStatement()) {
            for (long id : ids) {
                s.execute("KILL " + id);
            }
            String list = ids.toString().replace('[', '(').replace(']', ')');
            for (int i = 0; i < 200; i++) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID IN "
                        + list)) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(25);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void theNextUseRaisesOneDisconnectAndThePoolRecovers(MySQLDialect dialect) throws Exception {
        engine(dialect, false);
        Set<Long> killed = fillPool();
        kill(dialect, killed);

        Throwable first = catchThrowable(() -> {
            try (Connection c = engine.connect()) {
                c.execute("SELECT 1").scalar();
            }
        });
        assertThat(first).isInstanceOf(OperationalException.class);
        assertThat(((DBAPIException) first).connectionInvalidated()).isTrue();

        for (int i = 0; i < 2 * POOL_SIZE; i++) {
            try (Connection c = engine.connect()) {
                assertThat(((Number) c.execute("SELECT 1").scalar()).intValue()).isEqualTo(1);
                assertThat(id(c)).isNotIn(killed);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void withPrePingTheCallerNeverSeesTheError(MySQLDialect dialect) throws Exception {
        engine(dialect, true);
        Set<Long> killed = fillPool();
        kill(dialect, killed);
        for (int i = 0; i < 2 * POOL_SIZE; i++) {
            try (Connection c = engine.connect()) {
                assertThat(((Number) c.execute("SELECT 1").scalar()).intValue()).isEqualTo(1);
                assertThat(id(c)).isNotIn(killed);
            }
        }
    }
}
