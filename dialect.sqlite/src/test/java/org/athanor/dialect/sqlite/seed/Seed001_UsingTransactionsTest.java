package org.athanor.dialect.sqlite.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import org.athanor.engine.Connection;
import org.athanor.engine.Result;
import org.athanor.engine.Transaction;
import org.athanor.exc.AthanorException;
import org.athanor.exc.IntegrityException;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.Table;
import org.athanor.sql.types.SqlTypes;
import org.junit.jupiter.api.Test;

/**
 * Seed 001, "Using Transactions": {@code connection.begin()} with commit / rollback in try / except, and the
 * context-manager forms {@code with engine.begin() as connection} and {@code with connection.begin() as trans}
 * (Java: try-with-resources with an explicit commit, and the callback form), each running the seed's
 * {@code connection.execute(table1.select())} and
 * {@code connection.execute(table1.insert(), col1=7, col2='this is some data')}. What is committed is read
 * from a second driver connection.
 */
class Seed001_UsingTransactionsTest extends SeedFixture {
    static final Map<String, Object> ROW = Map.of("col1", 7, "col2", "this is some data");

    final Table table1 = new Table("table1", metadata, Column.of("col1", SqlTypes.INTEGER).primaryKey(),
            Column.of("col2", SqlTypes.string(50)));

    @Test
    void beginThenCommitInTryExcept() {
        try (Connection connection = engine.connect()) {
            Transaction trans = connection.begin();
            try {
                Result r1 = connection.execute(table1.select());
                assertThat(r1.all()).isEmpty();
                connection.execute(table1.insert(), ROW);
                assertThat(db.count("table1")).as("not visible before commit").isZero();
                trans.commit();
            } catch (RuntimeException e) {
                trans.rollback();
                throw e;
            }
            assertThat(connection.inTransaction()).isFalse();
        }
        assertThat(db.column("select col2 from table1")).containsExactly("this is some data");
    }

    @Test
    void beginThenRollbackWhenAStatementFails() {
        try (Connection connection = engine.connect()) {
            Transaction trans = connection.begin();
            assertThatThrownBy(() -> {
                try {
                    connection.execute(table1.insert(), ROW);
                    connection.execute(table1.insert(), ROW); // duplicate primary key
                    trans.commit();
                } catch (RuntimeException e) {
                    trans.rollback();
                    throw e;
                }
            }).isInstanceOf(IntegrityException.class);
            assertThat(trans.isActive()).isFalse();
        }
        assertThat(db.count("table1")).isZero();
    }

    @Test
    void engineBeginCommitsAndReturnsTheConnection() {
        // with engine.begin() as connection: ...
        java.sql.Connection driver;
        try (Transaction tx = engine.begin()) {
            Connection connection = tx.connection();
            driver = connection.driverConnection();
            Result r1 = connection.execute(table1.select());
            assertThat(r1.all()).isEmpty();
            connection.execute(table1.insert(), ROW);
            tx.commit();
        }
        assertThat(db.column("select col2 from table1")).containsExactly("this is some data");
        assertThat(engine.pool().statistics().checkedOut()).isZero();
        try (Connection again = engine.connect()) {
            assertThat(again.driverConnection()).as("returned to the pool and reused").isSameAs(driver);
        }
    }

    @Test
    void engineBeginRollsBackWhenAnExceptionSkipsTheCommit() {
        assertThatThrownBy(() -> {
            try (Transaction tx = engine.begin()) {
                tx.connection().execute(table1.insert(), ROW);
                throw new IllegalStateException("boom");
            }
        }).hasMessage("boom");
        assertThat(db.count("table1")).isZero();
        assertThat(engine.pool().statistics().checkedOut()).isZero();
    }

    @Test
    void engineTransactionCallbackCommitsOnReturnAndRollsBackOnException() {
        Integer n = engine.transaction(connection -> {
            connection.execute(table1.select()).all();
            connection.execute(table1.insert(), ROW);
            return 1;
        });
        assertThat(n).isEqualTo(1);
        assertThat(db.count("table1")).isEqualTo(1);

        assertThatThrownBy(() -> engine.transaction(connection -> {
            connection.execute(table1.insert(), Map.of("col1", 8, "col2", "more"));
            throw new IOException("disk on fire");
        })).isInstanceOf(AthanorException.class).hasCauseInstanceOf(IOException.class);
        assertThat(db.count("table1")).isEqualTo(1);
        assertThat(engine.pool().statistics().checkedOut()).isZero();
    }

    @Test
    void connectionBeginAsTryWithResources() {
        // with connection.begin() as trans: ...
        try (Connection connection = engine.connect()) {
            try (Transaction trans = connection.begin()) {
                connection.execute(table1.select()).all();
                connection.execute(table1.insert(), ROW);
                trans.commit();
            }
            assertThat(db.count("table1")).isEqualTo(1);
            try (Transaction trans = connection.begin()) {
                connection.execute(table1.insert(), Map.of("col1", 8, "col2", "never committed"));
                assertThat(trans.isActive()).isTrue();
            }
            assertThat(connection.inTransaction()).isFalse();
        }
        assertThat(db.column("select col1 from table1")).containsExactly(7);
    }

    @Test
    void connectionTransactionCallback() {
        try (Connection connection = engine.connect()) {
            connection.transaction(c -> c.execute(table1.insert(), ROW));
            assertThatThrownBy(() -> connection.transaction(c -> {
                c.execute(table1.insert(), Map.of("col1", 9, "col2", "x"));
                throw new IllegalArgumentException("no");
            })).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(db.column("select col1 from table1")).containsExactly(7);
    }
}
