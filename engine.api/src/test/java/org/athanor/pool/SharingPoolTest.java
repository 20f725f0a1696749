package org.athanor.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import org.athanor.engine.ResetOnReturn;
import org.junit.jupiter.api.Test;

/**
 * Seed 002 ("Integrating SQLAlchemy into Django"): a pool that borrows the connection another framework
 * manages and does no connection handling of its own.
 */
class SharingPoolTest {

    /** Stands in for Django: it owns one connection and lends it out. */
    static final class Framework {
        static final StubDatabase DB = new StubDatabase();
        static Connection current;

        static Connection getConn() {
            return current;
        }
    }

    /** The seed's SharingPool, as a user would write it. */
    public static class SharingPool extends NullPool {
        public SharingPool(ConnectionCreator ignored, PoolConfig config) {
            super(Framework::getConn, config.withResetOnReturn(ResetOnReturn.NONE));
        }

        @Override
        public String status() {
            return "Sharing Pool";
        }

        @Override
        protected void doReturnConn(ConnectionRecord record) {
        }

        @Override
        protected ConnectionRecord doGet() {
            return createConnection();
        }

        @Override
        protected void closeConnection(Connection connection) {
        }

        @Override
        public Pool recreate() {
            return new SharingPool(creator(), config());
        }

        @Override
        public void dispose() {
        }
    }

    @Test
    void theBorrowedConnectionIsNeverClosedNorRolledBack() throws SQLException {
        Framework.current = Framework.DB.create();
        Connection borrowed = Framework.current;
        // as create_engine(url, poolclass=SharingPool) would make it
        Pool pool = PoolFactory.ofClass(SharingPool.class).create(() -> {
            throw new AssertionError("the engine's creator must not be used");
        }, PoolConfig.defaults());

        for (int i = 0; i < 3; i++) {
            try (PooledConnection h = pool.connect()) {
                assertThat(h.driverConnection()).isSameAs(borrowed); // used: dirty
            }
        }
        PooledConnection a = pool.connect();
        PooledConnection b = pool.connect(); // two at once: both the framework's connection
        assertThat(a.driverConnection()).isSameAs(b.driverConnection());
        b.close();
        a.invalidate(new RuntimeException("even an invalidation must not close it"));
        pool.invalidateAll();
        pool.connect().close();
        pool.dispose();
        Pool again = pool.recreate();
        assertThat(again).isInstanceOf(SharingPool.class);
        try (PooledConnection h = again.connect()) {
            assertThat(h.driverConnection()).isSameAs(borrowed);
        }
        again.dispose();

        StubDatabase.Stub stub = StubDatabase.stub(borrowed);
        assertThat(stub.closes.get()).isZero();
        assertThat(stub.rollbacks.get()).isZero();
        assertThat(Framework.DB.calls("close")).isZero();
        assertThat(Framework.DB.calls("rollback")).isZero();
        assertThat(Framework.DB.calls("commit")).isZero();
        assertThat(pool.status()).isEqualTo("Sharing Pool");
    }
}
