package org.athanor.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.athanor.exc.OperationalException;
import org.athanor.exc.PoolTimeoutException;
import org.junit.jupiter.api.Test;

class QueuePoolTest {
    private final StubDatabase db = new StubDatabase();

    private QueuePool pool(int size, int overflow, Duration timeout) {
        return new QueuePool(db.creator(), PoolConfig.builder().size(size).maxOverflow(overflow).timeout(timeout)
                .build());
    }

    @Test
    void reusesAReturnedConnection() {
        QueuePool pool = pool(5, 10, Duration.ofSeconds(1));
        Connection first;
        try (PooledConnection h = pool.connect()) {
            first = h.driverConnection();
        }
        try (PooledConnection h = pool.connect()) {
            assertThat(h.driverConnection()).isSameAs(first);
        }
        assertThat(db.createdCount()).isEqualTo(1);
    }

    @Test
    void statusReadsLikeSqlalchemys() {
        QueuePool pool = pool(5, 10, Duration.ofSeconds(1));
        assertThat(pool.status()).isEqualTo(
                "Pool size: 5  Connections in pool: 0 Current Overflow: -5 Current Checked out connections: 0");
        PooledConnection a = pool.connect();
        PooledConnection b = pool.connect();
        PooledConnection c = pool.connect();
        a.close();
        assertThat(pool.status()).isEqualTo(
                "Pool size: 5  Connections in pool: 1 Current Overflow: -2 Current Checked out connections: 2");
        assertThat(pool.statistics()).isEqualTo(new PoolStatistics(5, 10, 1, 2, -2, 0, 0));
        b.close();
        c.close();
    }

    @Test
    void timesOutOnlyWhenSizePlusOverflowAreOut() {
        QueuePool pool = pool(2, 1, Duration.ofMillis(50));
        List<PooledConnection> held = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            held.add(pool.connect()); // size 2 + overflow 1: no wait, no timeout
        }
        assertThatThrownBy(pool::connect).isInstanceOfSatisfying(PoolTimeoutException.class, e -> {
            assertThat(e.size()).isEqualTo(2);
            assertThat(e.overflow()).isEqualTo(1);
            assertThat(e.checkedOut()).isEqualTo(3);
            assertThat(e.timeoutMillis()).isEqualTo(50);
            assertThat(e.getMessage()).contains("size 2", "overflow 1", "3 connection(s) checked out", "50 ms");
        });
        assertThat(pool.statistics().timeouts()).isEqualTo(1);
        held.remove(0).close();
        held.add(pool.connect()); // one free again: no timeout
        held.forEach(PooledConnection::close);
        assertThat(pool.statistics().checkedOut()).isZero();
    }

    @Test
    void overflowConnectionsAreClosedWhenTheyComeBackToAFullPool() {
        QueuePool pool = pool(1, 2, Duration.ofSeconds(1));
        List<PooledConnection> held = List.of(pool.connect(), pool.connect(), pool.connect());
        assertThat(pool.statistics().overflow()).isEqualTo(2);
        held.forEach(PooledConnection::close);
        assertThat(db.openCount()).isEqualTo(1);
        assertThat(pool.statistics()).isEqualTo(new PoolStatistics(1, 2, 1, 0, 0, 0, 0));
    }

    @Test
    void sizeZeroMeansNoLimitAndKeepsEverything() {
        QueuePool pool = pool(0, 10, Duration.ZERO);
        List<PooledConnection> held = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            held.add(pool.connect());
        }
        held.forEach(PooledConnection::close);
        assertThat(db.openCount()).isEqualTo(30);
        assertThat(pool.statistics().checkedIn()).isEqualTo(30);
        assertThat(pool.statistics().overflow()).isZero();
        assertThat(pool.maxOverflow()).isEqualTo(-1);
    }

    @Test
    void unlimitedOverflowStillKeepsOnlySizeIdle() {
        QueuePool pool = pool(2, -1, Duration.ZERO);
        List<PooledConnection> held = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            held.add(pool.connect());
        }
        held.forEach(PooledConnection::close);
        assertThat(db.openCount()).isEqualTo(2);
    }

    @Test
    void aFailedConnectGivesItsSlotBack() {
        QueuePool pool = pool(1, 0, Duration.ZERO);
        db.connectFailure = new SQLException("server down", "08001");
        assertThatThrownBy(pool::connect).isInstanceOf(OperationalException.class)
                .hasCauseInstanceOf(SQLException.class);
        assertThat(pool.statistics().checkedOut()).isZero();
        db.connectFailure = null;
        try (PooledConnection h = pool.connect()) { // with timeout 0, a leaked slot would time out here
            assertThat(h.isClosed()).isFalse();
        }
    }

    @Test
    void aWaitingCheckoutGetsTheReturnedConnection() throws Exception {
        QueuePool pool = pool(1, 0, Duration.ofSeconds(10));
        PooledConnection held = pool.connect();
        Connection c = held.driverConnection();
        CompletableFuture<Connection> waiter = CompletableFuture.supplyAsync(() -> {
            try (PooledConnection h = pool.connect()) {
                return h.driverConnection();
            }
        });
        Threads.awaitParkedWaiters(pool, 1);
        held.close();
        assertThat(waiter.get(10, TimeUnit.SECONDS)).isSameAs(c);
    }

    @Test
    void aWaitingCheckoutGetsTheSlotOfAnInvalidatedConnection() throws Exception {
        QueuePool pool = pool(1, 0, Duration.ofSeconds(10));
        PooledConnection held = pool.connect();
        Connection old = held.driverConnection();
        CompletableFuture<Connection> waiter = CompletableFuture.supplyAsync(() -> {
            try (PooledConnection h = pool.connect()) {
                return h.driverConnection();
            }
        });
        Threads.awaitParkedWaiters(pool, 1);
        held.invalidate(null);
        Connection got = waiter.get(10, TimeUnit.SECONDS);
        assertThat(got).isNotSameAs(old);
        assertThat(StubDatabase.isClosed(old)).isTrue();
        assertThat(pool.statistics().invalidations()).isEqualTo(1);
    }

    @Test
    void waitersAreServedInArrivalOrder() throws Exception {
        QueuePool pool = pool(1, 0, Duration.ofSeconds(10));
        PooledConnection held = pool.connect();
        List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread first = new Thread(() -> {
            try (PooledConnection h = pool.connect()) {
                order.add("first");
                Threads.await(release);
            }
        });
        first.start();
        Threads.awaitParkedWaiters(pool, 1);
        Thread second = new Thread(() -> {
            try (PooledConnection h = pool.connect()) {
                order.add("second");
            }
        });
        second.start();
        Threads.awaitParkedWaiters(pool, 2);
        held.close();
        release.countDown();
        first.join(10_000);
        second.join(10_000);
        assertThat(order).containsExactly("first", "second");
    }

    @Test
    void detachFreesTheSlotAndLeavesTheConnectionOpen() {
        QueuePool pool = pool(1, 0, Duration.ZERO);
        PooledConnection h = pool.connect();
        Connection mine = h.detach();
        assertThat(h.isClosed()).isTrue();
        try (PooledConnection next = pool.connect()) { // timeout 0: the slot must be free
            assertThat(next.driverConnection()).isNotSameAs(mine);
        }
        assertThat(StubDatabase.isClosed(mine)).isFalse();
        pool.dispose();
        assertThat(StubDatabase.isClosed(mine)).isFalse();
    }

    @Test
    void disposeClosesIdleNowAndCheckedOutOnReturnAndStaysUsable() {
        QueuePool pool = pool(5, 10, Duration.ofSeconds(1));
        PooledConnection out = pool.connect();
        PooledConnection in = pool.connect();
        Connection outConn = out.driverConnection();
        Connection inConn = in.driverConnection();
        in.close();
        pool.dispose();
        assertThat(StubDatabase.isClosed(inConn)).isTrue();
        assertThat(StubDatabase.isClosed(outConn)).isFalse();
        assertThat(pool.statistics().checkedIn()).isZero();
        out.close();
        assertThat(StubDatabase.isClosed(outConn)).isTrue();
        assertThat(pool.statistics()).isEqualTo(new PoolStatistics(5, 10, 0, 0, -5, 0, 0));
        try (PooledConnection again = pool.connect()) {
            assertThat(again.driverConnection()).isNotIn(inConn, outConn);
        }
    }

    @Test
    void recreateMakesAnEmptyPoolOfTheSameKind() {
        PoolListener listener = new PoolListener() {
        };
        QueuePool pool = pool(3, 4, Duration.ofMillis(1234));
        pool.addListener(listener);
        pool.connect().close();
        Pool copy = pool.recreate();
        assertThat(copy).isExactlyInstanceOf(QueuePool.class).isNotSameAs(pool);
        assertThat(copy.creator()).isSameAs(pool.creator());
        assertThat(copy.config().size()).isEqualTo(3);
        assertThat(copy.config().maxOverflow()).isEqualTo(4);
        assertThat(copy.config().timeout()).isEqualTo(Duration.ofMillis(1234));
        assertThat(copy.config().listeners()).containsExactly(listener);
        assertThat(copy.statistics().checkedIn()).isZero();
        assertThat(pool.statistics().checkedIn()).isEqualTo(1);
    }

    @Test
    void invalidateAllReplacesIdleAtCheckoutAndCheckedOutAtCheckin() {
        QueuePool pool = pool(5, 10, Duration.ofSeconds(1));
        PooledConnection out = pool.connect();
        PooledConnection in = pool.connect();
        Connection outConn = out.driverConnection();
        Connection inConn = in.driverConnection();
        in.close();
        pool.invalidateAll();
        assertThat(StubDatabase.isClosed(inConn)).isFalse(); // idle: replaced lazily
        out.close();
        assertThat(StubDatabase.isClosed(outConn)).isTrue(); // checked out: closed as it came back
        PooledConnection a = pool.connect();
        PooledConnection b = pool.connect();
        assertThat(List.of(a.driverConnection(), b.driverConnection())).doesNotContain(inConn, outConn);
        assertThat(StubDatabase.isClosed(inConn)).isTrue();
        a.close();
        b.close();
        assertThat(db.openCount()).isEqualTo(2);
    }
}
