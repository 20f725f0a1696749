package org.athanor.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.athanor.engine.Echo;
import org.athanor.exc.DisconnectionException;
import org.junit.jupiter.api.Test;

class Pool_EventsTest {
    private final StubDatabase db = new StubDatabase();
    private final List<String> events = new CopyOnWriteArrayList<>();

    /** Records each event as name:connection-id. */
    private final PoolListener recorder = new PoolListener() {
        @Override
        public void connect(Connection c, ConnectionRecord r) {
            events.add("connect:" + id(c));
        }

        @Override
        public void firstConnect(Connection c, ConnectionRecord r) {
            events.add("firstConnect:" + id(c));
        }

        @Override
        public void checkout(Connection c, ConnectionRecord r, PooledConnection h) {
            events.add("checkout:" + id(c));
        }

        @Override
        public void checkin(Connection c, ConnectionRecord r) {
            events.add("checkin:" + id(c));
        }

        @Override
        public void reset(Connection c, ConnectionRecord r) {
            events.add("reset:" + id(c));
        }

        @Override
        public void invalidate(Connection c, ConnectionRecord r, Throwable cause) {
            events.add("invalidate:" + id(c));
        }

        @Override
        public void detach(Connection c, ConnectionRecord r) {
            events.add("detach:" + id(c));
        }

        @Override
        public void close(Connection c, ConnectionRecord r) {
            events.add("close:" + id(c));
        }
    };

    private static String id(Connection c) {
        return c == null ? "null" : String.valueOf(StubDatabase.stub(c).id);
    }

    private QueuePool pool(Echo echo) {
        return new QueuePool(db.creator(), PoolConfig.builder().echo(echo).listeners(List.of(recorder)).build());
    }

    @Test
    void checkoutAndCheckinInOrder() {
        QueuePool pool = pool(Echo.OFF);
        PooledConnection a = pool.connect();
        PooledConnection b = pool.connect();
        a.driverConnection();
        a.close();
        b.close();
        assertThat(events).containsExactly("firstConnect:1", "connect:1", "checkout:1", "connect:2", "checkout:2",
                "reset:1", "checkin:1", "checkin:2");
    }

    @Test
    void invalidateDetachAndDispose() {
        QueuePool pool = pool(Echo.OFF);
        pool.connect().invalidate(new RuntimeException("boom"));
        PooledConnection d = pool.connect();
        d.detach();
        pool.connect().close();
        pool.dispose();
        assertThat(events).containsExactly("firstConnect:1", "connect:1", "checkout:1",
                "invalidate:1", "close:1", "checkin:null",
                "connect:2", "checkout:2", "detach:2",
                "connect:3", "checkout:3", "checkin:3",
                "close:3");
    }

    @Test
    void aRejectingCheckoutListenerMakesThePoolTryAnotherConnection() {
        QueuePool pool = pool(Echo.OFF);
        AtomicInteger rejections = new AtomicInteger(1);
        pool.addListener(new PoolListener() {
            @Override
            public void checkout(Connection c, ConnectionRecord r, PooledConnection h) {
                if (rejections.getAndDecrement() > 0) {
                    throw new DisconnectionException("not this one");
                }
            }
        });
        try (PooledConnection h = pool.connect()) {
            assertThat(id(h.driverConnection())).isEqualTo("2");
        }
        assertThat(events).startsWith("firstConnect:1", "connect:1", "checkout:1", "invalidate:1", "close:1",
                "connect:2", "checkout:2");
        assertThat(StubDatabase.isClosed(db.created().get(0))).isTrue();
    }

    @Test
    void aListenerThatAlwaysRejectsEndsInDisconnectionAndLeaksNothing() {
        QueuePool pool = pool(Echo.OFF);
        pool.addListener(new PoolListener() {
            @Override
            public void checkout(Connection c, ConnectionRecord r, PooledConnection h) {
                throw new IllegalStateException("never");
            }
        });
        assertThatThrownBy(pool::connect).isInstanceOf(DisconnectionException.class)
                .hasMessageContaining(Pool.CHECKOUT_ATTEMPTS + " attempts")
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(pool.statistics().checkedOut()).isZero();
        assertThat(db.openCount()).isZero();
        assertThat(db.createdCount()).isEqualTo(Pool.CHECKOUT_ATTEMPTS);
    }

    @Test
    void aFailingConnectListenerFailsTheCheckoutAndClosesTheNewConnection() {
        QueuePool pool = new QueuePool(db.creator(), PoolConfig.builder().size(1).maxOverflow(0)
                .timeout(java.time.Duration.ZERO).listeners(List.of(recorder)).build());
        AtomicInteger failures = new AtomicInteger(1);
        pool.addListener(new PoolListener() {
            @Override
            public void connect(Connection c, ConnectionRecord r) {
                if (failures.getAndDecrement() > 0) {
                    throw new IllegalStateException("could not prepare the connection");
                }
            }
        });
        assertThatThrownBy(pool::connect).isInstanceOf(IllegalStateException.class)
                .hasMessage("could not prepare the connection");
        assertThat(db.openCount()).isZero();
        assertThat(pool.statistics().checkedOut()).isZero();
        try (PooledConnection h = pool.connect()) { // the slot came back (timeout 0)
            assertThat(id(h.driverConnection())).isEqualTo("2");
        }
    }

    @Test
    void otherListenerFailuresAreLoggedAndIgnored() {
        QueuePool pool = pool(Echo.OFF);
        pool.addListener(new PoolListener() {
            @Override
            public void checkin(Connection c, ConnectionRecord r) {
                throw new IllegalStateException("checkin listener bug");
            }

            @Override
            public void close(Connection c, ConnectionRecord r) {
                throw new IllegalStateException("close listener bug");
            }
        });
        pool.connect().close();
        assertThat(pool.statistics().checkedIn()).isEqualTo(1);
        pool.dispose();
        assertThat(db.openCount()).isZero();
        assertThat(events).containsExactly("firstConnect:1", "connect:1", "checkout:1", "checkin:1", "close:1");
    }

    @Test
    void firstConnectFiresOnceUnlessItFailed() {
        QueuePool pool = pool(Echo.OFF);
        AtomicInteger failures = new AtomicInteger(1);
        pool.addListener(new PoolListener() {
            @Override
            public void firstConnect(Connection c, ConnectionRecord r) {
                if (failures.getAndDecrement() > 0) {
                    throw new IllegalStateException("first time fails");
                }
            }
        });
        assertThatThrownBy(pool::connect).hasMessage("first time fails");
        PooledConnection a = pool.connect();
        PooledConnection b = pool.connect();
        assertThat(events.stream().filter(e -> e.startsWith("firstConnect"))).containsExactly("firstConnect:1",
                "firstConnect:2");
        a.close();
        b.close();
    }

    @Test
    void removedListenersHearNothing() {
        QueuePool pool = pool(Echo.OFF);
        pool.removeListener(recorder);
        pool.connect().close();
        assertThat(events).isEmpty();
    }

    @Test
    void echoLogsWithoutAskingTheDriverForItsName() {
        QueuePool pool = pool(Echo.DEBUG);
        try (PooledConnection h = pool.connect()) {
            h.driverConnection();
        }
        pool.connect().invalidate(null);
        pool.dispose();
        // a driver's toString() may show its URL and password: log lines never call it
        assertThat(db.calls("toString")).isZero();
    }
}
