package org.athanor.dialect.postgresql;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Server-side kills of pooled connections ({@code pg_terminate_backend}) through a real engine and pool: the
 * next use raises one disconnect error and the pool recovers by itself; with pre-ping the caller never sees it.
 */
class PgjdbcEngine_DisconnectLiveTest {

    private static final int POOL_SIZE = 3;

    private PgjdbcDialect dialect;
    private Engine engine;

    @BeforeEach
    void requireServerAndEngine() {
        dialect = LivePostgres.dialect();
        LivePostgres.requireEngine();
    }

    @AfterEach
    void dispose() {
        if (engine != null) {
            engine.dispose();
        }
    }

    private Engine engine(boolean prePing) {
        engine = Athanor.createEngine(LivePostgres.url(), EngineOptions.builder().poolSize(POOL_SIZE).maxOverflow(0)
                .prePing(prePing).build());
        return engine;
    }

    private static int pid(Connection c) {
        return ((Number) c.execute("SELECT pg_backend_pid()").scalar()).intValue();
    }

    /** Checks out every pooled connection at once, so the pool holds that many, and returns their pids. */
    private Set<Integer> fillPool() {
        List<Connection> held = new ArrayList<>();
        Set<Integer> pids = new HashSet<>();
        try {
            for (int i = 0; i < POOL_SIZE; i++) {
                Connection c = engine.connect();
                held.add(c);
                pids.add(pid(c));
            }
        } finally {
            held.forEach(Connection::close);
        }
        assertThat(pids).hasSize(POOL_SIZE);
        return pids;
    }

    /** Terminates the backends from another connection and waits until the server has let them go. */
    private void terminate(Set<Integer> pids) throws SQLException, InterruptedException {
        try (java.sql.Connection admin = LivePostgres.connect(dialect); Statement s = admin.createStatement()) {
            for (int pid : pids) {
                s.execute("SELECT pg_terminate_backend(" + pid + ")");
            }
            String list = pids.toString().replace('[', '(').replace(']', ')');
            for (int i = 0; i < 200; i++) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE pid IN " + list)) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(25);
            }
        }
    }

    @Test
    void theNextUseRaisesOneDisconnectAndThePoolRecovers() throws Exception {
        engine(false);
        Set<Integer> killed = fillPool();
        terminate(killed);

        Throwable first = catchThrowable(() -> {
            try (Connection c = engine.connect()) {
                c.execute("SELECT 1").scalar();
            }
        });
        assertThat(first).isInstanceOf(OperationalException.class);
        assertThat(((DBAPIException) first).connectionInvalidated()).isTrue();

        Set<Integer> fresh = new HashSet<>();
        for (int i = 0; i < 2 * POOL_SIZE; i++) {
            try (Connection c = engine.connect()) {
                assertThat(((Number) c.execute("SELECT 1").scalar()).intValue()).isEqualTo(1);
                fresh.add(pid(c));
            }
        }
        assertThat(fresh).doesNotContainAnyElementsOf(killed);
    }

    @Test
    void withPrePingTheCallerNeverSeesTheError() throws Exception {
        engine(true);
        Set<Integer> killed = fillPool();
        terminate(killed);
        for (int i = 0; i < 2 * POOL_SIZE; i++) {
            try (Connection c = engine.connect()) {
                assertThat(((Number) c.execute("SELECT 1").scalar()).intValue()).isEqualTo(1);
                assertThat(pid(c)).isNotIn(killed);
            }
        }
    }
}
