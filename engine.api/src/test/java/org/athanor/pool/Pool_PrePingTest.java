package org.athanor.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.athanor.exc.OperationalException;
import org.junit.jupiter.api.Test;

class Pool_PrePingTest {
    private final StubDatabase db = new StubDatabase();

    private QueuePool pool(PoolDialect dialect) {
        return new QueuePool(db.creator(), PoolConfig.builder().prePing(true).dialect(dialect).build());
    }

    @Test
    void aBrandNewConnectionIsNotPingedAReusedOneIs() {
        QueuePool pool = pool(PoolDialect.JDBC);
        pool.connect().close();
        assertThat(db.calls("isValid")).isZero();
        pool.connect().close();
        assertThat(db.calls("isValid")).isEqualTo(1);
    }

    @Test
    void aDeadConnectionIsReplacedWithoutTheCallerNoticing() {
        QueuePool pool = pool(PoolDialect.JDBC);
        Connection first;
        try (PooledConnection h = pool.connect()) {
            first = h.driverConnection();
        }
        StubDatabase.stub(first).dead = true;
        try (PooledConnection h = pool.connect()) {
            assertThat(h.driverConnection()).isNotSameAs(first);
        }
        assertThat(StubDatabase.isClosed(first)).isTrue();
        assertThat(pool.statistics().invalidations()).isEqualTo(1);
        assertThat(db.openCount()).isEqualTo(1);
    }

    @Test
    void aPingThatThrowsCountsAsDead() {
        QueuePool pool = pool(new PoolDialect() {
            @Override
            public boolean ping(Connection connection) throws SQLException {
                if (StubDatabase.stub(connection).dead) {
                    throw new SQLException("server closed the connection", "08006");
                }
                return true;
            }
        });
        Connection first;
        try (PooledConnection h = pool.connect()) {
            first = h.driverConnection();
        }
        StubDatabase.stub(first).dead = true;
        try (PooledConnection h = pool.connect()) {
            assertThat(h.driverConnection()).isNotSameAs(first);
        }
    }

    @Test
    void aDeadConnectionAlsoInvalidatesOlderOnes() {
        QueuePool pool = pool(PoolDialect.JDBC);
        List<PooledConnection> two = List.of(pool.connect(), pool.connect());
        List<Connection> old = new ArrayList<>();
        two.forEach(h -> old.add(h.driverConnection()));
        two.forEach(PooledConnection::close);
        StubDatabase.stub(old.get(0)).dead = true; // only one is known dead; the other is merely as old

        List<PooledConnection> again = List.of(pool.connect(), pool.connect());
        for (PooledConnection h : again) {
            assertThat(h.driverConnection()).isNotSameAs(old.get(0));
        }
        again.forEach(PooledConnection::close);
        try (PooledConnection a = pool.connect(); PooledConnection b = pool.connect()) {
            assertThat(List.of(a.driverConnection(), b.driverConnection())).doesNotContainAnyElementsOf(old);
        }
        assertThat(old).allSatisfy(c -> assertThat(StubDatabase.isClosed(c)).isTrue());
    }

    @Test
    void whenReconnectingFailsTooTheCallerGetsTheConnectErrorAndTheSlotComesBack() {
        QueuePool pool = pool(PoolDialect.JDBC);
        Connection first;
        try (PooledConnection h = pool.connect()) {
            first = h.driverConnection();
        }
        StubDatabase.stub(first).dead = true;
        db.connectFailure = new SQLException("connection refused", "08001");
        assertThatThrownBy(pool::connect).isInstanceOf(OperationalException.class);
        assertThat(pool.statistics().checkedOut()).isZero();
        db.connectFailure = null;
        try (PooledConnection h = pool.connect()) {
            assertThat(h.driverConnection()).isNotSameAs(first);
        }
    }
}
