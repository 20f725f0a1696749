package org.athanor.dialect.sqlite.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.athanor.sql.SQL.select;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.athanor.engine.Athanor;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;
import org.athanor.engine.ResetOnReturn;
import org.athanor.engine.Row;
import org.athanor.engine.URL;
import org.athanor.engine.impl.testing.CountingConnection;
import org.athanor.engine.impl.testing.TestDb;
import org.athanor.pool.ConnectionCreator;
import org.athanor.pool.ConnectionRecord;
import org.athanor.pool.NullPool;
import org.athanor.pool.Pool;
import org.athanor.pool.PoolConfig;
import org.athanor.sql.Func;
import org.athanor.sql.schema.MetaData;
import org.athanor.sql.schema.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 002, "Integrating SQLAlchemy into Django": an engine whose pool borrows the connection another framework
 * manages — a NullPool subclass with its own creator ({@code get_conn}), reset on return off, and return,
 * close and dispose doing nothing — created with {@code poolClass} from a URL built out of the host
 * application's settings. The schema, which the host framework created (here by plain JDBC), is reflected
 * ({@code MetaData(bind=engine)}, {@code reflect()}) and queried with expression-built selects; no table is
 * declared by hand. A counting wrapper proves Athanor never closes, rolls back, commits or reconfigures the
 * borrowed connection.
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
        db.exec("CREATE TABLE auth_user (id INTEGER PRIMARY KEY AUTOINCREMENT, username VARCHAR(150)"
                        + " NOT NULL UNIQUE, is_staff BOOL NOT NULL, date_joined DATETIME NOT NULL)",
                "CREATE TABLE blog_post (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL"
                        + " REFERENCES auth_user (id), title VARCHAR(200) NOT NULL, score DECIMAL(5, 2))",
                "CREATE INDEX blog_post_author ON blog_post (author_id)",
                "INSERT INTO auth_user VALUES (1, 'alice', 1, '2013-11-20 10:00:00'),"
                        + " (2, 'bob', 0, '2013-11-21 11:30:00')",
                "INSERT INTO blog_post VALUES (1, 1, 'Integrating SQLAlchemy', 4.5),"
                        + " (2, 1, 'Limitations of the ORM', 3.25), (3, 2, 'Hello', NULL)");
        django = CountingConnection.wrap(db.open());
    }

    @AfterEach
    void tearDown() throws SQLException {
        django.target().close();
    }

    /** db_url = '...'.format(settings...): the URL comes from the host application's settings. */
    URL dbUrl(Map<String, String> settings) {
        return URL.builder(settings.get("ENGINE")).database(settings.get("NAME")).build();
    }

    @Test
    void reflectedTablesAreQueriedOnTheBorrowedConnectionWhichAthanorNeverClosesOrRollsBack() throws SQLException {
        Map<String, String> settings = Map.of("ENGINE", "sqlite", "NAME", db.file().toString());
        Engine engine = Athanor.createEngine(dbUrl(settings), EngineOptions.builder().poolClass(SharingPool.class)
                .build());
        assertThat(engine.url().toString()).isEqualTo(db.url());
        assertThat(engine.pool().status()).isEqualTo("Sharing Pool");

        // meta = MetaData(bind=engine); meta.reflect()
        MetaData meta = new MetaData();
        meta.bind(engine);
        meta.reflect(engine);
        assertThat(meta.tables()).extracting(Table::name).containsExactlyInAnyOrder("auth_user", "blog_post");
        Table users = meta.table("auth_user");
        Table posts = meta.table("blog_post");
        assertThat(posts.indexes()).extracting(i -> i.name()).containsExactly("blog_post_author");

        for (int i = 0; i < 2; i++) {
            try (Connection conn = engine.connect()) {
                assertThat(conn.driverConnection()).as("Django's connection").isSameAs(django.proxy());
                List<Row> rows = conn.execute(select(users.c("username"), Func.count(posts.c("id")).as("n"))
                        .selectFrom(users.join(posts))
                        .where(users.c("is_staff").eq(true))
                        .groupBy(users.c("username"))).all();
                assertThat(rows).hasSize(1);
                assertThat(rows.get(0).get("username")).isEqualTo("alice");
                assertThat(rows.get(0).get("n")).isEqualTo(2L);
            }
            Row post = engine.execute(posts.select().where(posts.c("id").eq(2))).one();
            assertThat(post.get("score")).isEqualTo(new BigDecimal("3.25"));
            assertThat(post.getByKey(posts.c("title"))).isEqualTo("Limitations of the ORM");
            Row user = users.select().where(users.c("username").eq("bob")).execute().one(); // bound metadata
            assertThat(user.get("is_staff")).isEqualTo(false);
            assertThat(user.get("date_joined")).isEqualTo(LocalDateTime.of(2013, 11, 21, 11, 30));
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
