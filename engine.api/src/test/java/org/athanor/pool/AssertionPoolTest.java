package org.athanor.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import org.athanor.exc.InvalidRequestException;
import org.junit.jupiter.api.Test;

class AssertionPoolTest {
    private final StubDatabase db = new StubDatabase();
    private final AssertionPool pool = new AssertionPool(db.creator(), PoolConfig.defaults());

    private PooledConnection firstCheckoutHere() {
        return pool.connect();
    }

    @Test
    void aSecondCheckoutFailsAndSaysWhereTheFirstHappened() {
        PooledConnection first = firstCheckoutHere();
        assertThatThrownBy(pool::connect).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("already checked out")
                .hasMessageContaining("AssertionPoolTest.firstCheckoutHere");
        first.close();
        try (PooledConnection again = pool.connect()) {
            assertThat(again.isClosed()).isFalse();
        }
        assertThat(db.createdCount()).isEqualTo(1);
        assertThat(pool.status()).isEqualTo("AssertionPool");
    }

    @Test
    void disposeClosesTheConnectionWhenItIsBack() {
        PooledConnection h = pool.connect();
        Connection c = h.driverConnection();
        pool.dispose();
        assertThat(StubDatabase.isClosed(c)).isFalse();
        h.close();
        assertThat(StubDatabase.isClosed(c)).isTrue();
        try (PooledConnection again = pool.connect()) {
            assertThat(again.driverConnection()).isNotSameAs(c);
        }
        assertThat(pool.recreate()).isExactlyInstanceOf(AssertionPool.class);
    }
}
