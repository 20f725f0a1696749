package org.athanor.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.junit.jupiter.api.Test;

class NullPoolTest {
    private final StubDatabase db = new StubDatabase();
    private final NullPool pool = new NullPool(db.creator(), PoolConfig.defaults());

    @Test
    void opensPerCheckoutAndClosesPerCheckin() {
        Connection first;
        try (PooledConnection h = pool.connect()) {
            first = h.driverConnection();
            assertThat(pool.statistics().checkedOut()).isEqualTo(1);
        }
        assertThat(StubDatabase.isClosed(first)).isTrue();
        try (PooledConnection h = pool.connect()) {
            assertThat(h.driverConnection()).isNotSameAs(first);
        }
        assertThat(db.createdCount()).isEqualTo(2);
        assertThat(db.openCount()).isZero();
        assertThat(pool.statistics().checkedOut()).isZero();
        assertThat(pool.status()).isEqualTo("NullPool");
    }

    @Test
    void recreateMakesAnotherNullPool() {
        assertThat(pool.recreate()).isExactlyInstanceOf(NullPool.class).isNotSameAs(pool);
        pool.dispose(); // nothing to do, must not fail
    }
}
