package org.athanor.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class Pool_RecycleTest {
    private final StubDatabase db = new StubDatabase();

    private Connection cycle(Pool pool) {
        try (PooledConnection h = pool.connect()) {
            return h.driverConnection();
        }
    }

    @Test
    void aConnectionPastTheRecycleAgeIsReplacedAtCheckout() throws InterruptedException {
        QueuePool pool = new QueuePool(db.creator(), PoolConfig.builder().recycle(Duration.ofMillis(30)).build());
        Connection first = cycle(pool);
        Thread.sleep(60);
        Connection second = cycle(pool);
        assertThat(second).isNotSameAs(first);
        assertThat(StubDatabase.isClosed(first)).isTrue();
        assertThat(db.openCount()).isEqualTo(1);
    }

    @Test
    void aYoungConnectionIsKept() {
        QueuePool pool = new QueuePool(db.creator(), PoolConfig.builder().recycle(Duration.ofHours(1)).build());
        assertThat(cycle(pool)).isSameAs(cycle(pool));
    }

    @Test
    void recordInfoIsClearedWhenTheConnectionIsReplaced() throws InterruptedException {
        QueuePool pool = new QueuePool(db.creator(), PoolConfig.builder().recycle(Duration.ofMillis(30)).build());
        ConnectionRecord record;
        try (PooledConnection h = pool.connect()) {
            h.info().put("k", "v");
            record = h.record();
            assertThat(record.info()).containsEntry("k", "v");
            assertThat(record.createdAtMillis()).isPositive();
            assertThat(record.pool()).isSameAs(pool);
        }
        Thread.sleep(60);
        try (PooledConnection h = pool.connect()) {
            assertThat(h.record()).isSameAs(record); // same slot, new connection
            assertThat(h.info()).isEmpty();
        }
    }
}
