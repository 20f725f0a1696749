package org.athanor.dialect.sqlite.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.athanor.engine.Connection;
import org.athanor.engine.Result;
import org.athanor.engine.Transaction;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.Table;
import org.athanor.sql.types.SqlTypes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seed 003, "Transactions": {@code trans = connection.begin(); try: r1 = connection.execute(table1.select());
 * connection.execute(table1.insert(), col1=7, col2='this is some data'); trans.commit() except:
 * trans.rollback(); raise}, and nested begin / commit pairs where only the outermost takes effect (the
 * method_a / method_b example with {@code mytable.insert()}, shared with
 * {@link Seed001_NestingOfTransactionBlocksTest}). What is committed is read from a second driver connection.
 */
class Seed003_TransactionsTest extends SeedFixture {
    final Table table1 = new Table("table1", metadata, Column.of("col1", SqlTypes.INTEGER).primaryKey(),
            Column.of("col2", SqlTypes.string(40)));

    @BeforeEach
    void createMytable() {
        Seed001_NestingOfTransactionBlocksTest.MYTABLE.create(engine);
    }

    void work(Connection connection, boolean fail) {
        Transaction trans = connection.begin();
        try {
            Result r1 = connection.execute(table1.select());
            r1.close();
            connection.execute(table1.insert(), Map.of("col1", 7, "col2", "this is some data"));
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
            assertThat(connection.execute(table1.select()).one().get("col2")).isEqualTo("this is some data");
        }
        assertThat(db.column("select col2 from table1 where col1 = 7")).containsExactly("this is some data");
    }

    @Test
    void rolledBackOnFailure() {
        try (Connection connection = engine.connect()) {
            assertThatThrownBy(() -> work(connection, true)).hasMessage("failure");
            assertThat(connection.execute(table1.select()).all()).as("rolled back on this connection too").isEmpty();
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
        assertThat(engine.pool().statistics().checkedOut()).isZero();
    }
}
