package org.athanor.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SingletonThreadPoolTest {
    private final StubDatabase db = new StubDatabase();

    private SingletonThreadPool pool(int size) {
        return new SingletonThreadPool(db.creator(), PoolConfig.builder().size(size).build());
    }

    private static Connection onOtherThread(Pool pool) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            try (PooledConnection h = pool.connect()) {
                return h.driverConnection();
            }
        }, r -> new Thread(r).start()).get(10, TimeUnit.SECONDS);
    }

    @Test
    void eachThreadKeepsItsOwnConnection() throws Exception {
        SingletonThreadPool pool = pool(5);
        Connection mine;
        try (PooledConnection h = pool.connect()) {
            mine = h.driverConnection();
        }
        try (PooledConnection h = pool.connect()) {
            assertThat(h.driverConnection()).isSameAs(mine);
        }
        assertThat(onOtherThread(pool)).isNotSameAs(mine);
        assertThat(db.openCount()).isEqualTo(2);
        assertThat(pool.status()).matches("SingletonThreadPool id:\\d+ size: 2");
    }

    @Test
    void nestedCheckoutsOnOneThreadShareTheCheckoutUntilTheOutermostCloses() {
        SingletonThreadPool pool = pool(5);
        PooledConnection outer = pool.connect();
        outer.driverConnection();
        PooledConnection inner = pool.connect();
        assertThat(inner).isSameAs(outer);
        inner.close();
        assertThat(outer.isClosed()).isFalse();
        assertThat(db.calls("rollback")).isZero();
        outer.close();
        assertThat(outer.isClosed()).isTrue();
        assertThat(db.calls("rollback")).isEqualTo(1);
        assertThat(pool.statistics().checkedIn()).isEqualTo(1);
        PooledConnection next = pool.connect();
        assertThat(next).isNotSameAs(outer);
        next.close();
    }

    @Test
    void beyondSizeTheOldestIdleThreadConnectionsAreClosed() throws Exception {
        SingletonThreadPool pool = pool(2);
        List<Connection> made = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            made.add(onOtherThread(pool));
        }
        assertThat(StubDatabase.isClosed(made.get(0))).isTrue();
        assertThat(StubDatabase.isClosed(made.get(1))).isTrue();
        assertThat(StubDatabase.isClosed(made.get(2))).isFalse();
        assertThat(StubDatabase.isClosed(made.get(3))).isFalse();
        assertThat(db.openCount()).isEqualTo(2);
    }

    @Test
    void aCheckedOutConnectionIsNeverClosedToMakeRoom() throws Exception {
        SingletonThreadPool pool = pool(1);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Connection[] held = new Connection[1];
        Thread holder = new Thread(() -> {
            try (PooledConnection h = pool.connect()) {
                held[0] = h.driverConnection();
                holding.countDown();
                Threads.await(release);
            }
        });
        holder.start();
        Threads.await(holding);
        onOtherThread(pool);
        assertThat(StubDatabase.isClosed(held[0])).isFalse();
        release.countDown();
        holder.join(10_000);
    }

    @Test
    void disposeClosesIdleConnectionsAndTheThreadGetsANewOne() {
        SingletonThreadPool pool = pool(5);
        Connection first;
        try (PooledConnection h = pool.connect()) {
            first = h.driverConnection();
        }
        pool.dispose();
        assertThat(StubDatabase.isClosed(first)).isTrue();
        try (PooledConnection h = pool.connect()) {
            assertThat(h.driverConnection()).isNotSameAs(first);
        }
        assertThat(pool.recreate()).isExactlyInstanceOf(SingletonThreadPool.class);
    }
}
