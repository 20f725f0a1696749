package org.athanor.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.athanor.engine.ResetOnReturn;
import org.junit.jupiter.api.Test;

class Pool_ResetTest {
    private final StubDatabase db = new StubDatabase();
    private final List<String> resets = new CopyOnWriteArrayList<>();
    private final PoolListener listener = new PoolListener() {
        @Override
        public void reset(Connection connection, ConnectionRecord record) {
            resets.add(StubDatabase.stub(connection).id + "");
        }
    };

    private QueuePool pool(ResetOnReturn reset) {
        return new QueuePool(db.creator(), PoolConfig.builder().resetOnReturn(reset).listeners(List.of(listener))
                .build());
    }

    @Test
    void aCleanCheckoutIsReturnedWithoutAnyDriverCall() {
        QueuePool pool = pool(ResetOnReturn.ROLLBACK);
        pool.connect().close(); // the first checkout creates the connection
        int before = db.totalCalls();
        for (int i = 0; i < 10; i++) {
            pool.connect().close();
        }
        assertThat(db.totalCalls()).isEqualTo(before).isZero();
        assertThat(resets).isEmpty();
    }

    @Test
    void aDirtyCheckoutIsRolledBack() {
        QueuePool pool = pool(ResetOnReturn.ROLLBACK);
        try (PooledConnection h = pool.connect()) {
            h.driverConnection();
            assertThat(h.isDirty()).isTrue();
        }
        assertThat(db.calls("rollback")).isEqualTo(1);
        assertThat(db.calls("commit")).isZero();
        assertThat(resets).containsExactly("1");
    }

    @Test
    void markCleanSkipsTheRollbackAndMarkDirtyForcesIt() {
        QueuePool pool = pool(ResetOnReturn.ROLLBACK);
        try (PooledConnection h = pool.connect()) {
            h.driverConnection();
            h.markClean();
        }
        assertThat(db.calls("rollback")).isZero();
        try (PooledConnection h = pool.connect()) {
            h.markDirty();
        }
        assertThat(db.calls("rollback")).isEqualTo(1);
    }

    @Test
    void autocommitConnectionsNeedNoRollback() {
        QueuePool pool = pool(ResetOnReturn.ROLLBACK);
        try (PooledConnection h = pool.connect()) {
            StubDatabase.stub(h.driverConnection()).autoCommit = true;
        }
        assertThat(db.calls("rollback")).isZero();
    }

    @Test
    void commitOnReturnCommits() {
        QueuePool pool = pool(ResetOnReturn.COMMIT);
        try (PooledConnection h = pool.connect()) {
            h.driverConnection();
        }
        assertThat(db.calls("commit")).isEqualTo(1);
        assertThat(db.calls("rollback")).isZero();
        assertThat(resets).hasSize(1);
    }

    @Test
    void noneDoesNothingEvenWhenDirty() {
        QueuePool pool = pool(ResetOnReturn.NONE);
        pool.connect().close();
        int before = db.totalCalls();
        try (PooledConnection h = pool.connect()) {
            h.driverConnection();
        }
        assertThat(db.totalCalls()).isEqualTo(before);
        assertThat(resets).isEmpty();
    }

    @Test
    void aFailingResetInvalidatesTheConnectionInsteadOfPoolingIt() {
        QueuePool pool = pool(ResetOnReturn.ROLLBACK);
        Connection first;
        try (PooledConnection h = pool.connect()) {
            first = h.driverConnection();
            StubDatabase.stub(first).failRollback = true;
        }
        assertThat(StubDatabase.isClosed(first)).isTrue();
        assertThat(pool.statistics().invalidations()).isEqualTo(1);
        assertThat(pool.statistics().checkedOut()).isZero();
        try (PooledConnection h = pool.connect()) {
            assertThat(h.driverConnection()).isNotSameAs(first);
        }
    }
}
