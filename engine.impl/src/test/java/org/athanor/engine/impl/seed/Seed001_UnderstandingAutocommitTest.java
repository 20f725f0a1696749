package org.athanor.engine.impl.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;
import org.athanor.engine.ExecutionOptions;
import org.athanor.engine.StatementKind;
import org.athanor.engine.Transaction;
import org.athanor.engine.impl.testing.CountingConnection;
import org.athanor.engine.impl.testing.EngineFixture;
import org.athanor.engine.impl.testing.TestText;
import org.junit.jupiter.api.Test;

/**
 * Seed 001, "Understanding Autocommit": INSERT / UPDATE / DELETE / DDL outside a transaction commit
 * (library-level autocommit); inside a transaction they wait for its commit; the {@code autocommit} execution
 * option overrides the detection either way, on an engine, a connection or a statement.
 *
 * <p>The seed's model is PEP 249's, where a transaction is always in progress; some tests use a creator that
 * hands out connections with driver autocommit off, which is exactly that model, and count the COMMITs.
 *
 * <p>TODO(expression language): {@code text("SELECT my_mutating_procedure()")} is the test stand-in
 * {@link TestText}; switch to the real {@code text(...)} construct.
 */
class Seed001_UnderstandingAutocommitTest extends EngineFixture {
    final List<CountingConnection> made = new CopyOnWriteArrayList<>();

    @Override
    protected String[] schema() {
        return new String[] {"create table users (user_id integer primary key, name varchar(50))"};
    }

    /** An engine whose driver connections start with autocommit off (PEP 249's model). */
    Engine pep249Engine() {
        return db.engine(EngineOptions.builder().creator(() -> {
            java.sql.Connection c = db.open();
            c.setAutoCommit(false);
            CountingConnection counting = CountingConnection.wrap(c);
            made.add(counting);
            return counting.proxy();
        }).build());
    }

    @Test
    void anInsertOutsideATransactionAutocommits() {
        try (Connection conn = engine.connect()) {
            conn.execute("INSERT INTO users VALUES (1, 'john')"); // autocommits
            assertThat(db.count("users")).as("visible to others while conn is still open").isEqualTo(1);
        }
    }

    @Test
    void onAPep249ConnectionTheEngineIssuesTheCommitForDataChangingTextOnly() {
        Engine e = pep249Engine();
        try (Connection conn = e.connect()) {
            CountingConnection counts = made.get(0);
            conn.execute("select * from users").all();
            assertThat(counts.calls("commit")).as("a SELECT does not commit").isZero();
            conn.execute("INSERT INTO users VALUES (1, 'john')");
            assertThat(counts.calls("commit")).isEqualTo(1);
            assertThat(db.count("users")).isEqualTo(1);
            conn.execute("  /* comment */ update users set name = 'ed'");
            conn.execute("create table t2 (x integer)");
            assertThat(counts.calls("commit")).isEqualTo(3);
        } finally {
            e.dispose();
        }
    }

    @Test
    void autocommitTrueOnASelectIssuesACommit() {
        // engine.execute(text("SELECT my_mutating_procedure()").execution_options(autocommit=True))
        Engine e = pep249Engine();
        try {
            e.execute(TestText.of("SELECT 1", StatementKind.SELECT)
                    .executionOptions(ExecutionOptions.autocommit(true))).close();
            assertThat(made.get(0).calls("commit")).isEqualTo(1);
            e.execute(TestText.of("SELECT 1", StatementKind.SELECT)).close();
            assertThat(made.get(0).calls("commit")).isEqualTo(1);
        } finally {
            e.dispose();
        }
    }

    @Test
    void autocommitFalseHoldsTheWorkInAnImplicitTransactionUntilAnAutocommittingStatement() {
        try (Connection conn = engine.connect()) {
            Connection held = conn.executionOptions(ExecutionOptions.autocommit(false));
            held.execute("INSERT INTO users VALUES (1, 'john')");
            assertThat(db.count("users")).as("held back").isZero();
            assertThat(conn.inTransaction()).as("implicit, not a Transaction").isFalse();
            // a SELECT flagged autocommit=True commits what is pending
            conn.execute(TestText.of("SELECT 1", StatementKind.SELECT)
                    .executionOptions(ExecutionOptions.autocommit(true))).close();
            assertThat(db.count("users")).isEqualTo(1);
        }
    }

    @Test
    void returningTheConnectionRollsBackThePendingImplicitTransaction() {
        try (Connection conn = engine.connect()) {
            conn.executionOptions(ExecutionOptions.autocommit(false)).execute("INSERT INTO users VALUES (1, 'john')");
        }
        assertThat(db.count("users")).isZero();
        assertThat(engine.pool().statistics().checkedOut()).isZero();
    }

    @Test
    void anEngineWideAutocommitFalseAppliesToEveryConnection() {
        Engine noAuto = engine.executionOptions(ExecutionOptions.autocommit(false));
        try (Connection conn = noAuto.connect()) {
            conn.execute("INSERT INTO users VALUES (1, 'john')");
            assertThat(db.count("users")).isZero();
            Transaction tx = conn.begin(); // adopts the implicit transaction
            tx.commit();
        }
        assertThat(db.count("users")).isEqualTo(1);
    }

    @Test
    void autocommitIsOnlyInEffectOutsideATransaction() {
        try (Connection conn = engine.connect()) {
            Transaction tx = conn.begin();
            conn.execute("INSERT INTO users VALUES (1, 'john')");
            conn.execute(TestText.of("SELECT 1", StatementKind.SELECT)
                    .executionOptions(ExecutionOptions.autocommit(true))).close();
            assertThat(db.count("users")).as("the transaction decides").isZero();
            tx.commit();
        }
        assertThat(db.count("users")).isEqualTo(1);
    }
}
