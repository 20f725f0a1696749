package org.athanor.dialect.sqlite.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;
import org.athanor.engine.Result;
import org.athanor.engine.Row;
import org.athanor.engine.Strategy;
import org.athanor.engine.impl.testing.Gc;
import org.athanor.engine.impl.testing.TestDb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 003, "Implicit Connection Contexts": connectionless execution with a result whose close returns the
 * connection; the plain strategy giving each implicit execution its own connection; the threadlocal strategy
 * sharing the thread's connection until every result is closed or dereferenced; contextual connections;
 * {@code connect()} always unique.
 */
class Seed003_ImplicitConnectionContextsTest {
    @TempDir
    Path dir;
    TestDb tdb;

    @BeforeEach
    void setUp() {
        tdb = new TestDb(dir);
        tdb.exec("create table mytable (col1 integer, col2 varchar(10))", "insert into mytable values (5, 'five')",
                "create table table1 (x integer)", "insert into table1 values (1)", "insert into table1 values (2)",
                "create table table2 (y integer)", "insert into table2 values (3)", "insert into table2 values (4)");
    }

    static int checkedOut(Engine db) {
        return db.pool().statistics().checkedOut();
    }

    @Test
    void implicitConnectionReleasedByResultClose() {
        Engine engine = tdb.engine();
        try {
            Result result = engine.execute("select * from mytable where col1=:col1", Map.of("col1", 5));
            Row row = result.fetchOne();
            assertThat(row.get("col1")).isEqualTo(5);
            assertThat(row.get("col2")).isEqualTo("five");
            assertThat(checkedOut(engine)).isEqualTo(1);
            result.close();
            assertThat(checkedOut(engine)).isZero();
        } finally {
            engine.dispose();
        }
    }

    @Test
    void plainStrategyGivesEachImplicitExecutionItsOwnConnection() {
        Engine db = tdb.engine(EngineOptions.builder().strategy(Strategy.PLAIN).build());
        try {
            Result r1 = db.execute("select * from table1"); // r1 references a connection
            Result r2 = db.execute("select * from table2"); // r2 references a *second* connection
            assertThat(checkedOut(db)).isEqualTo(2);
            assertThat(r1.fetchOne().get(0)).isEqualTo(1);
            assertThat(r2.fetchOne().get(0)).isEqualTo(3);
            r1.close(); // release connection 1
            assertThat(checkedOut(db)).isEqualTo(1);
            r2.close(); // release connection 2
            assertThat(checkedOut(db)).isZero();
        } finally {
            db.dispose();
        }
    }

    @Test
    void threadlocalStrategySharesOneConnectionUntilEveryResultIsClosed() {
        Engine db = tdb.engine(EngineOptions.builder().strategy(Strategy.THREADLOCAL).build());
        try {
            Result r1 = db.execute("select * from table1");
            Result r2 = db.execute("select * from table2"); // the *same* resource as r1
            assertThat(checkedOut(db)).isEqualTo(1);
            assertThat(r1.all()).hasSize(2);
            assertThat(r2.fetchOne().get(0)).isEqualTo(3);
            assertThat(checkedOut(db)).as("r1 is done; the connection is still held by r2").isEqualTo(1);
            r2.close();
            assertThat(checkedOut(db)).isZero();
        } finally {
            db.dispose();
        }
    }

    @Test
    void threadlocalResultsDereferencedReturnTheConnection() {
        Engine db = tdb.engine(EngineOptions.builder().strategy(Strategy.THREADLOCAL).build());
        try {
            executeTwoAndForget(db);
            assertThat(Gc.until(() -> checkedOut(db) == 0)).isTrue();
            // the thread gets a connection again afterwards
            assertThat(db.execute("select count(*) from table1").scalar()).isEqualTo(2);
        } finally {
            db.dispose();
        }
    }

    private static void executeTwoAndForget(Engine db) {
        Result r1 = db.execute("select * from table1");
        Result r2 = db.execute("select * from table2");
        assertThat(r1.fetchOne()).isNotNull();
        assertThat(r2.fetchOne()).isNotNull();
        assertThat(checkedOut(db)).isEqualTo(1);
    }

    @Test
    void contextualConnectionsShareTheDriverConnectionWithThreadlocal() {
        Engine db = tdb.engine(EngineOptions.builder().strategy(Strategy.THREADLOCAL).build());
        try (Connection conn1 = db.contextualConnect(); Connection conn2 = db.contextualConnect()) {
            assertThat(conn1.driverConnection()).isSameAs(conn2.driverConnection());
            try (Connection unique = db.connect()) {
                assertThat(unique.driverConnection()).isNotSameAs(conn1.driverConnection());
            }
        } finally {
            db.dispose();
        }
    }

    @Test
    void withThePlainStrategyContextualConnectIsConnect() {
        Engine db = tdb.engine();
        try (Connection conn1 = db.contextualConnect(); Connection conn2 = db.contextualConnect()) {
            assertThat(conn1.driverConnection()).isNotSameAs(conn2.driverConnection());
            assertThat(checkedOut(db)).isEqualTo(2);
        } finally {
            db.dispose();
        }
    }
}
