package org.athanor.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StaticPoolTest {
    private final StubDatabase db = new StubDatabase();
    private final StaticPool pool = new StaticPool(db.creator(), PoolConfig.defaults());

    @Test
    void everyCheckoutSharesTheOneConnection() throws Exception {
        PooledConnection a = pool.connect();
        Connection other = CompletableFuture.supplyAsync(() -> {
            try (PooledConnection b = pool.connect()) {
                return b.driverConnection();
            }
        }).get(10, TimeUnit.SECONDS);
        assertThat(a.driverConnection()).isSameAs(other);
        assertThat(pool.statistics().checkedOut()).isEqualTo(1);
        a.close();
        assertThat(db.createdCount()).isEqualTo(1);
        assertThat(db.openCount()).isEqualTo(1);
        assertThat(pool.statistics().checkedIn()).isEqualTo(1);
        assertThat(pool.status()).isEqualTo("StaticPool");
    }

    @Test
    void anInvalidatedConnectionIsReplacedAtTheNextCheckout() {
        PooledConnection a = pool.connect();
        Connection first = a.driverConnection();
        a.invalidate(null);
        try (PooledConnection b = pool.connect()) {
            assertThat(b.driverConnection()).isNotSameAs(first);
        }
        assertThat(StubDatabase.isClosed(first)).isTrue();
    }

    @Test
    void disposeClosesItAndTheNextCheckoutOpensAnother() {
        Connection first;
        try (PooledConnection a = pool.connect()) {
            first = a.driverConnection();
        }
        pool.dispose();
        assertThat(StubDatabase.isClosed(first)).isTrue();
        try (PooledConnection b = pool.connect()) {
            assertThat(b.driverConnection()).isNotSameAs(first);
        }
        assertThat(pool.recreate()).isExactlyInstanceOf(StaticPool.class);
    }

    @Test
    void disposeWhileCheckedOutClosesTheConnectionWhenItsLastCheckoutReturns() {
        PooledConnection a = pool.connect();
        PooledConnection b = pool.connect();
        Connection old = a.driverConnection();
        pool.dispose();
        assertThat(StubDatabase.isClosed(old)).isFalse();
        try (PooledConnection c = pool.connect()) {
            assertThat(c.driverConnection()).isNotSameAs(old);
            assertThat(pool.statistics().checkedOut()).isEqualTo(3);
        }
        a.close();
        assertThat(StubDatabase.isClosed(old)).isFalse();
        b.close();
        assertThat(StubDatabase.isClosed(old)).isTrue();
        assertThat(db.openCount()).isEqualTo(1);
        assertThat(pool.statistics().checkedIn()).isEqualTo(1);
    }

    @Test
    void invalidateAllReplacesTheSharedConnectionAtTheNextCheckoutNotUnderItsOtherUsers() {
        PooledConnection other = pool.connect();
        Connection first;
        try (PooledConnection a = pool.connect()) {
            first = a.driverConnection();
            pool.invalidateAll();
        }
        assertThat(StubDatabase.isClosed(first)).isFalse(); // other still uses it
        other.close();
        try (PooledConnection b = pool.connect()) {
            assertThat(b.driverConnection()).isNotSameAs(first);
        }
        assertThat(StubDatabase.isClosed(first)).isTrue();
    }
}
