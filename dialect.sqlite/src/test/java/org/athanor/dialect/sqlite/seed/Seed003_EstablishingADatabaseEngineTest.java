package org.athanor.dialect.sqlite.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;
import org.athanor.engine.impl.testing.TestDb;
import org.athanor.pool.PoolStatistics;
import org.athanor.pool.QueuePool;
import org.athanor.pool.SingletonThreadPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 003, "Establishing a Database Engine": engines from URLs; the first connection is made when a statement
 * is executed; the pool grows to five connections with an overflow of ten; one engine per database.
 */
class Seed003_EstablishingADatabaseEngineTest {
    @TempDir
    Path dir;

    @Test
    void theFirstConnectionIsMadeWhenAStatementIsExecuted() {
        TestDb db = new TestDb(dir);
        AtomicInteger connects = new AtomicInteger();
        Engine engine = db.engine(EngineOptions.builder().creator(() -> {
            connects.incrementAndGet();
            return db.open();
        }).build());
        try {
            assertThat(connects).as("createEngine connects to nothing").hasValue(0);
            assertThat(engine.execute("select 1").scalar()).isEqualTo(1);
            assertThat(connects).hasValue(1);
        } finally {
            engine.dispose();
        }
    }

    @Test
    void aFileDatabaseGetsAQueuePoolOfFivePlusTenOverflow() {
        Engine engine = new TestDb(dir).engine();
        try {
            assertThat(engine.pool()).isInstanceOf(QueuePool.class);
            PoolStatistics s = engine.pool().statistics();
            assertThat(s.size()).isEqualTo(5);
            assertThat(s.maxOverflow()).isEqualTo(10);
            List<Connection> open = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                open.add(engine.connect());
            }
            assertThat(engine.pool().statistics().checkedOut()).isEqualTo(7);
            assertThat(engine.pool().statistics().overflow()).isEqualTo(2);
            open.forEach(Connection::close);
            assertThat(engine.pool().statistics().checkedIn()).as("the pool keeps five").isEqualTo(5);
        } finally {
            engine.dispose();
        }
    }

    @Test
    void anInMemoryDatabaseGetsASingletonThreadPool() {
        Engine engine = org.athanor.engine.Athanor.createEngine("sqlite://");
        try {
            assertThat(engine.pool()).isInstanceOf(SingletonThreadPool.class);
            try (Connection c = engine.connect()) {
                c.execute("create table mytable (col1 integer)");
                c.execute("insert into mytable values (5)");
            }
            assertThat(engine.execute("select col1 from mytable").scalar()).as("same memory database per thread")
                    .isEqualTo(5);
        } finally {
            engine.dispose();
        }
    }

    @Test
    void theUrlKeepsItsPasswordOutOfSight() {
        org.athanor.engine.Athanor.registry().register("oracle.ansitest", AnsiDialect::new);
        Engine engine = org.athanor.engine.Athanor.createEngine("oracle+ansitest://scott:tiger@/" + dir.resolve("x.db"));
        try {
            assertThat(engine.url().password()).isEqualTo("tiger");
            assertThat(engine.url().toString()).doesNotContain("tiger");
            assertThat(engine.toString()).doesNotContain("tiger");
        } finally {
            engine.dispose();
            org.athanor.engine.Athanor.registry().unregister("oracle.ansitest");
        }
    }
}
