package org.athanor.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.athanor.engine.Athanor;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;
import org.athanor.engine.Transaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seed 000 end to end: a native connection is detached from an engine's pool, becomes a LISTEN connection,
 * and receives what a transaction on the same engine NOTIFYs when it commits.
 */
class PgNotificationListener_SeedLiveTest {

    private Engine engine;

    @BeforeEach
    void createEngine() {
        LivePostgres.requireServer();
        LivePostgres.requireEngine();
        engine = Athanor.createEngine(LivePostgres.url(), EngineOptions.defaults());
    }

    @AfterEach
    void dispose() {
        if (engine != null) {
            engine.dispose();
        }
    }

    @Test
    void detachedConnectionListensWhileThePoolGoesOn() throws Exception {
        String channel = LivePostgres.uniqueName("orders");
        BlockingQueue<PgNotification> received = new LinkedBlockingQueue<>();
        java.sql.Connection raw;
        try (Connection c = engine.connect()) {
            raw = c.detach();
        }
        assertThat(raw.isClosed()).isFalse(); // closing the Athanor connection left the detached one open

        int senderPid;
        try (PgNotificationListener listener = PgNotificationListener.start(raw, received::add, channel)) {
            try (Transaction tx = engine.begin()) {
                senderPid = ((Number) tx.connection().execute("SELECT pg_backend_pid()").scalar()).intValue();
                tx.connection().execute("SELECT pg_notify(?, ?)", channel, "order 42 placed");
                assertThat(received.poll(200, TimeUnit.MILLISECONDS)).as("nothing before commit").isNull();
                tx.commit();
            }
            PgNotification n = received.poll(10, TimeUnit.SECONDS);
            assertThat(n).isEqualTo(new PgNotification(channel, "order 42 placed", senderPid));
            assertThat(listener.isRunning()).isTrue();
        }
        assertThat(raw.isClosed()).isTrue();
        try (Connection c = engine.connect()) {
            assertThat(((Number) c.execute("SELECT 1").scalar()).intValue()).isEqualTo(1);
        }
    }
}
