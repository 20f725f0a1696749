package org.athanor.engine.impl.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;
import org.athanor.engine.Result;
import org.athanor.engine.Strategy;
import org.athanor.engine.Transaction;
import org.athanor.engine.impl.testing.TestDb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One engine used from many threads at once (seed 001: "intended to be called upon in a concurrent fashion"):
 * every committed write arrives, no driver connection is used by two threads at once, and every connection is
 * back in the pool at the end. Bounded work, no timing assertions.
 */
class Engine_ConcurrencyTest {
    static final int THREADS = 16;
    static final int ROUNDS = 40;

    @TempDir
    Path dir;
    TestDb db;
    final Queue<Throwable> errors = new ConcurrentLinkedQueue<>();
    final Set<java.sql.Connection> inUse = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    @BeforeEach
    void setUp() {
        db = new TestDb(dir);
        db.exec("pragma journal_mode=wal", "create table t (thread integer, round integer, kind varchar(10))");
    }

    EngineOptions.Builder options() {
        return EngineOptions.builder().connectArg("synchronous", "OFF").poolSize(4).maxOverflow(4);
    }

    void runThreads(ThreadWork work) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            pool.execute(() -> {
                try {
                    start.await();
                    for (int r = 0; r < ROUNDS; r++) {
                        work.run(thread, r);
                    }
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
    }

    interface ThreadWork {
        void run(int thread, int round) throws Exception;
    }

    void claim(Connection c) {
        java.sql.Connection d = c.driverConnection();
        if (!inUse.add(d)) {
            throw new AssertionError("driver connection used by two threads at once: " + d);
        }
    }

    void unclaim(Connection c) {
        inUse.remove(c.driverConnection());
    }

    /** Counts {@code initialize} calls. */
    public static class CountingDialect extends org.athanor.engine.impl.testing.TestSqliteDialect {
        static final java.util.concurrent.atomic.AtomicInteger INITIALIZED = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public String driver() {
            return "counting";
        }

        @Override
        public void initialize(java.sql.Connection connection) throws java.sql.SQLException {
            INITIALIZED.incrementAndGet();
            super.initialize(connection);
        }
    }

    @Test
    void theDialectIsInitializedExactlyOnceWhenManyThreadsConnectFirst() throws InterruptedException {
        org.athanor.engine.Athanor.registry().register("sqlite.counting", CountingDialect::new);
        CountingDialect.INITIALIZED.set(0);
        Engine engine = org.athanor.engine.Athanor.createEngine("sqlite+counting:///" + db.file(),
                options().poolSize(THREADS).build());
        try {
            runThreads((thread, round) -> {
                if (round == 0) {
                    engine.execute("select 1").close();
                }
            });
            assertThat(errors).isEmpty();
            assertThat(CountingDialect.INITIALIZED).hasValue(1);
            assertThat(engine.dialect().serverVersion()).isNotNull();
        } finally {
            engine.dispose();
            org.athanor.engine.Athanor.registry().unregister("sqlite.counting");
        }
    }

    @Test
    void plainStrategyUnderConcurrentUse() throws InterruptedException {
        Engine engine = db.engine(options().build());
        try {
            runThreads((thread, round) -> {
                switch (round % 4) {
                    case 0 -> {
                        try (Connection c = engine.connect()) {
                            claim(c);
                            try (Transaction tx = c.begin()) {
                                c.execute("insert into t values (?, ?, 'tx')", thread, round);
                                tx.commit();
                            } finally {
                                unclaim(c);
                            }
                        }
                    }
                    case 1 -> engine.execute("insert into t values (:t, :r, 'auto')", Map.of("t", thread, "r", round));
                    case 2 -> engine.transaction(c -> c.execute("insert into t values (?, ?, 'callback')", thread, round));
                    default -> {
                        Result r = engine.execute("select * from t");
                        r.fetchOne();
                        r.close();
                        try (Transaction tx = engine.begin()) {
                            tx.connection().execute("insert into t values (?, ?, 'rolledback')", thread, round);
                        }
                    }
                }
            });
            assertThat(errors).isEmpty();
            assertThat(db.count("t")).isEqualTo((long) THREADS * ROUNDS * 3 / 4);
            assertThat(db.column("select count(*) from t where kind = 'rolledback'")).containsExactly(0);
            assertThat(engine.pool().statistics().checkedOut()).isZero();
        } finally {
            engine.dispose();
        }
    }

    @Test
    void threadlocalStrategyUnderConcurrentUse() throws InterruptedException {
        Engine db2 = db.engine(options().strategy(Strategy.THREADLOCAL).build());
        try {
            runThreads((thread, round) -> {
                db2.begin();
                try (Connection ctx = db2.contextualConnect()) {
                    claim(ctx);
                    try {
                        db2.execute("insert into t values (?, ?, 'tl')", thread, round);
                        try (Connection again = db2.contextualConnect()) {
                            assertThat(again.driverConnection()).isSameAs(ctx.driverConnection());
                        }
                    } finally {
                        unclaim(ctx);
                    }
                }
                if (round % 2 == 0) {
                    db2.commit();
                } else {
                    db2.rollback();
                }
            });
            assertThat(errors).isEmpty();
            assertThat(db.count("t")).isEqualTo((long) THREADS * ROUNDS / 2);
            assertThat(db2.pool().statistics().checkedOut()).isZero();
        } finally {
            db2.dispose();
        }
    }
}
