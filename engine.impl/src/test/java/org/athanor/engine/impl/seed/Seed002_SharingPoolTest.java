package org.athanor.engine.impl.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;
import org.athanor.engine.Row;
import org.athanor.engine.impl.testing.CountingConnection;
import org.athanor.engine.impl.testing.TestDb;
import org.athanor.pool.ConnectionCreator;
import org.athanor.pool.ConnectionRecord;
import org.athanor.pool.NullPool;
import org.athanor.pool.Pool;
import org.athanor.pool.PoolConfig;
import org.athanor.engine.ResetOnReturn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 002, "Integrating SQLAlchemy into Django", at engine level: an engine whose pool borrows the connection
 * another framework manages — a NullPool subclass with its own creator, reset on return off, and return,
 * close and dispose doing nothing — created with {@code poolClass}. A counting wrapper proves Athanor never
 * closes, rolls back, commits or reconfigures the borrowed connection while running selects on it.
 *
 * <p>TODO(expression language): the seed reflects the schema ({@code MetaData(bind=engine)}, reflect) and
 * builds selects from it; here the selects are text.
 */
class Seed002_SharingPoolTest {
    /** The "Django" side: the connection it owns, which Athanor borrows. */
    static CountingConnection django;

    /** get_conn(): the current connection of the host framework. */
    static java.sql.Connection getConn() {
        return django.proxy();
    }

    /** A pool that doesn't close connections and uses the host framework's connection. */
    public static class SharingPool extends NullPool {
        /**
         * Creates the pool; the engine's creator is ignored in favour of get_conn.
         *
         * @param ignored the engine's creator
         * @param config the engine's pool settings
         */
        public SharingPool(ConnectionCreator ignored, PoolConfig config) {
            super(Seed002_SharingPoolTest::getConn, config.withResetOnReturn(ResetOnReturn.NONE));
        }

        @Override
        public String status() {
            return "Sharing Pool";
        }

        @Override
        protected ConnectionRecord doGet() {
            return createConnection();
        }

        @Override
        protected void doReturnConn(ConnectionRecord record) {
        }

        @Override
        protected void closeConnection(java.sql.Connection connection) {
        }

        @Override
        public Pool recreate() {
            return new SharingPool(creator(), config());
        }

        @Override
        public void dispose() {
        }
    }

    @TempDir
    Path dir;
    TestDb db;

    @BeforeEach
    void setUp() throws SQLException {
        db = new TestDb(dir);
        db.exec("create table polls_question (id integer primary key, question_text varchar(200))",
                "insert into polls_question values (1, 'What''s new?')",
                "insert into polls_question values (2, 'What''s up?')");
        django = CountingConnection.wrap(db.open());
    }

    @AfterEach
    void tearDown() throws SQLException {
        django.target().close();
    }

    @Test
    void selectsRunOnTheBorrowedConnectionWhichAthanorNeverClosesOrRollsBack() throws SQLException {
        Engine engine = db.engine(EngineOptions.builder().poolClass(SharingPool.class).build());
        assertThat(engine.pool().status()).isEqualTo("Sharing Pool");
        for (int i = 0; i < 3; i++) {
            try (Connection conn = engine.connect()) {
                assertThat(conn.driverConnection()).isSameAs(django.proxy());
                List<Row> rows = conn.execute("select id, question_text from polls_question order by id").all();
                assertThat(rows).extracting(r -> r.get("question_text")).containsExactly("What's new?", "What's up?");
            }
            List<Row> again = engine.execute("select count(*) as n from polls_question").all();
            assertThat(again.get(0).get("n")).isEqualTo(2);
        }
        engine.dispose();
        assertThat(django.calls("close")).as("close").isZero();
        assertThat(django.calls("rollback")).as("rollback").isZero();
        assertThat(django.calls("commit")).as("commit").isZero();
        assertThat(django.calls("setAutoCommit")).as("setAutoCommit").isZero();
        assertThat(django.calls("setTransactionIsolation")).isZero();
        assertThat(django.target().isClosed()).isFalse();
        assertThat(django.target().getAutoCommit()).isTrue();
    }
}
