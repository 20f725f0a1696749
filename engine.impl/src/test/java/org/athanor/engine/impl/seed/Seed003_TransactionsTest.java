package org.athanor.engine.impl.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.Result;
import org.athanor.engine.Transaction;
import org.athanor.engine.impl.testing.TestDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 003, "Transactions": {@code trans = connection.begin(); try: ...; trans.commit() except:
 * trans.rollback(); raise}, and nested begin / commit pairs where only the outermost takes effect (the
 * method_a / method_b example, also tested in {@link Seed001_NestingOfTransactionBlocksTest}).
 *
 * <p>TODO(expression language): {@code table1.select()}, {@code table1.insert()}, {@code mytable.insert()} are
 * written as text SQL.
 */
class Seed003_TransactionsTest {
    @TempDir
    Path dir;
    TestDb db;
    Engine engine;

    @BeforeEach
    void setUp() {
        db = new TestDb(dir);
        db.exec("create table table1 (col1 integer primary key, col2 varchar(40))",
                "create table mytable (col1 varchar(10), col2 varchar(10))");
        engine = db.engine();
    }

    @AfterEach
    void tearDown() {
        engine.dispose();
    }

    void work(Connection connection, boolean fail) {
        Transaction trans = connection.begin();
        try {
            Result r1 = connection.execute("select * from table1");
            r1.close();
            connection.execute("insert into table1 (col1, col2) values (:col1, :col2)",
                    Map.of("col1", 7, "col2", "this is some data"));
            if (fail) {
                throw new IllegalStateException("failure");
            }
            trans.commit();
        } catch (RuntimeException e) {
            trans.rollback();
            throw e;
        }
    }

    @Test
    void committedOnSuccess() {
        try (Connection connection = engine.connect()) {
            work(connection, false);
        }
        assertThat(db.count("table1")).isEqualTo(1);
    }

    @Test
    void rolledBackOnFailure() {
        try (Connection connection = engine.connect()) {
            assertThatThrownBy(() -> work(connection, true)).hasMessage("failure");
        }
        assertThat(db.count("table1")).isZero();
    }

    void methodA(Connection connection) {
        Transaction trans = connection.begin();
        try {
            methodB(connection);
            trans.commit();
        } catch (RuntimeException e) {
            trans.rollback();
            throw e;
        }
    }

    void methodB(Connection connection) {
        Transaction trans = connection.begin();
        try {
            connection.execute("insert into mytable values ('bat', 'lala')");
            connection.execute("insert into mytable (col1, col2) values (:col1, :col2)",
                    Map.of("col1", "bat", "col2", "lala"));
            trans.commit();
            assertThat(db.count("mytable")).as("not committed yet").isZero();
        } catch (RuntimeException e) {
            trans.rollback();
            throw e;
        }
    }

    @Test
    void nestedBeginCommitPairs() {
        Connection conn = engine.connect();
        methodA(conn);
        conn.close();
        assertThat(db.count("mytable")).isEqualTo(2);
    }
}
