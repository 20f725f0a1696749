package org.athanor.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.Duration;
import org.athanor.exc.ResourceClosedException;
import org.junit.jupiter.api.Test;

class PooledConnectionTest {
    private final StubDatabase db = new StubDatabase();
    private final QueuePool pool = new QueuePool(db.creator(), PoolConfig.builder().size(1).maxOverflow(0)
            .timeout(Duration.ZERO).build());

    @Test
    void aClosedHandleCannotReachTheConnectionItsNextHolderUses() {
        PooledConnection stale = pool.connect();
        Connection c = stale.driverConnection();
        stale.close();
        PooledConnection next = pool.connect();
        assertThat(next.driverConnection()).isSameAs(c); // the same driver connection, reused

        assertThatThrownBy(stale::driverConnection).isInstanceOf(ResourceClosedException.class)
                .hasMessageContaining("already closed");
        assertThatThrownBy(stale::info).isInstanceOf(ResourceClosedException.class);
        assertThat(stale.record()).isNull();
        stale.close(); // a second close must not return the connection next now holds
        stale.invalidate(new RuntimeException("late")); // nor invalidate it
        assertThatThrownBy(stale::detach).isInstanceOf(ResourceClosedException.class);
        assertThat(pool.statistics().checkedOut()).isEqualTo(1);
        assertThat(StubDatabase.isClosed(c)).isFalse();
        assertThat(next.driverConnection()).isSameAs(c);
        next.close();
    }

    @Test
    void closeIsIdempotent() {
        PooledConnection h = pool.connect();
        h.close();
        h.close();
        assertThat(h.isClosed()).isTrue();
        assertThat(pool.statistics().checkedIn()).isEqualTo(1);
        assertThat(pool.statistics().checkedOut()).isZero();
    }

    @Test
    void invalidateClosesTheConnectionAndTheSlotReconnects() {
        PooledConnection h = pool.connect();
        Connection c = h.driverConnection();
        ConnectionRecord r = h.record();
        h.invalidate(new IllegalStateException("server said goodbye"));
        assertThat(h.isClosed()).isTrue();
        assertThat(StubDatabase.isClosed(c)).isTrue();
        assertThat(r.connection()).isNull();
        assertThatThrownBy(h::driverConnection).isInstanceOf(ResourceClosedException.class);
        try (PooledConnection again = pool.connect()) {
            assertThat(again.record()).isSameAs(r);
            assertThat(again.driverConnection()).isNotSameAs(c);
        }
    }

    @Test
    void detachHandsTheConnectionOver() {
        PooledConnection h = pool.connect();
        Connection c = h.detach();
        assertThat(h.isClosed()).isTrue();
        assertThatThrownBy(h::driverConnection).isInstanceOf(ResourceClosedException.class);
        h.close();
        assertThat(StubDatabase.isClosed(c)).isFalse();
        assertThat(db.calls("rollback")).isZero();
        assertThat(pool.statistics().checkedOut()).isZero();
    }
}
