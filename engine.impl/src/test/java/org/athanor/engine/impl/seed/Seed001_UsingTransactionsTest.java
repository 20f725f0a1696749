package org.athanor.engine.impl.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.Result;
import org.athanor.engine.Transaction;
import org.athanor.engine.impl.testing.EngineFixture;
import org.athanor.exc.AthanorException;
import org.athanor.exc.IntegrityException;
import org.junit.jupiter.api.Test;

/**
 * Seed 001, "Using Transactions": {@code connection.begin()} with commit / rollback in try / except, and the
 * context-manager forms {@code with engine.begin() as connection} and {@code with connection.begin() as trans}
 * (Java: try-with-resources with an explicit commit, and the callback form).
 *
 * <p>TODO(expression language): {@code table1.select()} and {@code table1.insert()} are written as text SQL.
 */
class Seed001_UsingTransactionsTest extends EngineFixture {
    static final String INSERT = "insert into table1 (col1, col2) values (:col1, :col2)";
    static final Map<String, Object> ROW = Map.of("col1", 7, "col2", "this is some data");

    @Override
    protected String[] schema() {
        return new String[] {"create table table1 (col1 integer primary key, col2 varchar(50))"};
    }

    @Test
    void beginThenCommitInTryExcept() {
        try (Connection connection = engine.connect()) {
            Transaction trans = connection.begin();
            try {
                Result r1 = connection.execute("select * from table1");
                assertThat(r1.all()).isEmpty();
                connection.execute(INSERT, ROW);
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
                    connection.execute(INSERT, ROW);
                    connection.execute(INSERT, ROW); // duplicate primary key
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
        try (Transaction tx = engine.begin()) {
            Connection connection = tx.connection();
            connection.execute("select * from table1").all();
            connection.execute(INSERT, ROW);
            tx.commit();
        }
        assertThat(db.count("table1")).isEqualTo(1);
        assertThat(engine.pool().statistics().checkedOut()).isZero();
    }

    @Test
    void engineBeginRollsBackWhenAnExceptionSkipsTheCommit() {
        assertThatThrownBy(() -> {
            try (Transaction tx = engine.begin()) {
                tx.connection().execute(INSERT, ROW);
                throw new IllegalStateException("boom");
            }
        }).hasMessage("boom");
        assertThat(db.count("table1")).isZero();
        assertThat(engine.pool().statistics().checkedOut()).isZero();
    }

    @Test
    void engineTransactionCallbackCommitsOnReturnAndRollsBackOnException() {
        Integer n = engine.transaction(connection -> {
            connection.execute(INSERT, ROW);
            return 1;
        });
        assertThat(n).isEqualTo(1);
        assertThat(db.count("table1")).isEqualTo(1);

        assertThatThrownBy(() -> engine.transaction(connection -> {
            connection.execute(INSERT, Map.of("col1", 8, "col2", "more"));
            throw new IOException("disk on fire");
        })).isInstanceOf(AthanorException.class).hasCauseInstanceOf(IOException.class);
        assertThat(db.count("table1")).isEqualTo(1);
        assertThat(engine.pool().statistics().checkedOut()).isZero();
    }

    @Test
    void connectionBeginAsTryWithResources() {
        try (Connection connection = engine.connect()) {
            try (Transaction trans = connection.begin()) {
                connection.execute("select * from table1").all();
                connection.execute(INSERT, ROW);
                trans.commit();
            }
            assertThat(db.count("table1")).isEqualTo(1);
            try (Transaction trans = connection.begin()) {
                connection.execute(INSERT, Map.of("col1", 8, "col2", "never committed"));
                assertThat(trans.isActive()).isTrue();
            }
            assertThat(connection.inTransaction()).isFalse();
        }
        assertThat(db.column("select col1 from table1")).containsExactly(7);
    }

    @Test
    void connectionTransactionCallback() {
        try (Connection connection = engine.connect()) {
            connection.transaction(c -> c.execute(INSERT, ROW));
            assertThatThrownBy(() -> connection.transaction(c -> {
                c.execute(INSERT, Map.of("col1", 9, "col2", "x"));
                throw new IllegalArgumentException("no");
            })).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(db.column("select col1 from table1")).containsExactly(7);
    }
}
