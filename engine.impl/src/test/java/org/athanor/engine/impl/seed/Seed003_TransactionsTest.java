package org.athanor.engine.impl.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.Result;
import org.athanor.engine.Transaction;
import org.athanor.engine.impl.testing.EngineFixture;
import org.junit.jupiter.api.Test;

/**
 * Seed 003, "Transactions": {@code trans = connection.begin(); try: ...; trans.commit() except:
 * trans.rollback(); raise}, and nested begin / commit pairs where only the outermost takes effect (the
 * method_a / method_b example, shared with {@link Seed001_NestingOfTransactionBlocksTest}).
 *
 * <p>TODO(expression language): {@code table1.select()}, {@code table1.insert()}, {@code mytable.insert()} are
 * written as text SQL.
 */
class Seed003_TransactionsTest extends EngineFixture {
    @Override
    protected String[] schema() {
        return new String[] {"create table table1 (col1 integer primary key, col2 varchar(40))",
                "create table mytable (col1 varchar(10), col2 varchar(10))"};
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

    @Test
    void nestedBeginCommitPairs() {
        Connection conn = engine.connect();
        Seed001_NestingOfTransactionBlocksTest.methodA(conn, () -> { },
                () -> assertThat(db.count("mytable")).as("not committed yet").isZero());
        conn.close();
        assertThat(db.count("mytable")).isEqualTo(2);
    }
}
