package org.athanor.dialect.sqlite.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.athanor.engine.ExecutionOptions.autocommit;
import static org.athanor.sql.SQL.text;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;
import org.athanor.engine.Transaction;
import org.athanor.engine.impl.testing.CountingConnection;
import org.athanor.engine.impl.testing.EngineFixture;
import org.athanor.sql.TextStatement;
import org.junit.jupiter.api.Test;

/**
 * Seed 001, "Understanding Autocommit": INSERT / UPDATE / DELETE / DDL outside a transaction commit
 * (library-level autocommit); inside a transaction they wait for its commit; the {@code autocommit} execution
 * option overrides the detection either way, on an engine, a connection or a statement.
 *
 * <p>The seed's model is PEP 249's, where a transaction is always in progress; some tests use a creator that
 * hands out connections with driver autocommit off, which is exactly that model, and count the COMMITs.
 *
 * <p><b>The stored procedure.</b> The seed's {@code text("SELECT my_mutating_procedure()")
 * .execution_options(autocommit=True)} calls a procedure that writes. SQLite has no stored procedures, so the
 * stand-in is an application-defined SQL function of the same name, registered on each driver connection
 * through sqlite-jdbc's {@code org.sqlite.Function}, that inserts a row into {@code procedure_log} on the
 * connection it runs on. A SELECT is not detected as data-changing, so only the option makes the engine
 * COMMIT; without it the write is rolled back when the connection returns to the pool.
 */
class Seed001_UnderstandingAutocommitTest extends EngineFixture {
    static final TextStatement MUTATING = text("SELECT my_mutating_procedure()");

    final List<CountingConnection> made = new CopyOnWriteArrayList<>();

    @Override
    protected String[] schema() {
        return new String[] {"create table users (user_id integer primary key, name varchar(50))",
                "create table procedure_log (called_at integer)"};
    }

    /** An engine whose driver connections start with autocommit off (PEP 249's model). */
    Engine pep249Engine() {
        return db.engine(EngineOptions.builder().creator(() -> {
            java.sql.Connection c = db.open();
            c.setAutoCommit(false);
            registerMutatingProcedure(c);
            CountingConnection counting = CountingConnection.wrap(c);
            made.add(counting);
            return counting.proxy();
        }).build());
    }

    /** my_mutating_procedure(): writes a row on the connection that calls it and returns 1. */
    static void registerMutatingProcedure(java.sql.Connection c) throws SQLException {
        org.sqlite.Function.create(c, "my_mutating_procedure", new org.sqlite.Function() {
            @Override
            protected void xFunc() throws SQLException {
                try (java.sql.Statement s = c.createStatement()) {
                    s.executeUpdate("insert into procedure_log values (1)");
                }
                result(1);
            }
        });
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
            assertThat(db.column("select name from users")).containsExactly("ed");
        } finally {
            e.dispose();
        }
    }

    @Test
    void autocommitTrueOnTheMutatingProcedureCommitsItsWrite() {
        // engine.execute(text("SELECT my_mutating_procedure()").execution_options(autocommit=True))
        Engine e = pep249Engine();
        try {
            assertThat(e.execute(MUTATING.executionOptions(autocommit(true))).scalar()).isEqualTo(1);
            assertThat(made.get(0).calls("commit")).isEqualTo(1);
            assertThat(db.count("procedure_log")).as("committed: seen from another connection").isEqualTo(1);
            assertThat(e.pool().statistics().checkedOut()).isZero();
        } finally {
            e.dispose();
        }
    }

    @Test
    void withoutTheOptionTheProceduresWriteIsRolledBackOnReturnToThePool() {
        Engine e = pep249Engine();
        try {
            assertThat(e.execute(MUTATING).scalar()).isEqualTo(1);
            assertThat(made.get(0).calls("commit")).as("a SELECT is not detected as data-changing").isZero();
            assertThat(made.get(0).calls("rollback")).as("reset on return").isGreaterThanOrEqualTo(1);
            assertThat(db.count("procedure_log")).isZero();
        } finally {
            e.dispose();
        }
    }

    @Test
    void autocommitFalseHoldsTheWorkInAnImplicitTransactionUntilAnAutocommittingStatement() {
        try (Connection conn = engine.connect()) {
            Connection held = conn.executionOptions(autocommit(false));
            held.execute("INSERT INTO users VALUES (1, 'john')");
            assertThat(db.count("users")).as("held back").isZero();
            assertThat(conn.inTransaction()).as("implicit, not a Transaction").isFalse();
            // a SELECT flagged autocommit=True commits what is pending
            conn.execute(text("SELECT 1").executionOptions(autocommit(true))).close();
            assertThat(db.count("users")).isEqualTo(1);
        }
    }

    @Test
    void returningTheConnectionRollsBackThePendingImplicitTransaction() {
        try (Connection conn = engine.connect()) {
            conn.executionOptions(autocommit(false)).execute("INSERT INTO users VALUES (1, 'john')");
        }
        assertThat(db.count("users")).isZero();
        assertThat(engine.pool().statistics().checkedOut()).isZero();
    }

    @Test
    void anEngineWideAutocommitFalseAppliesToEveryConnection() {
        Engine noAuto = engine.executionOptions(autocommit(false));
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
            conn.execute(text("SELECT 1").executionOptions(autocommit(true))).close();
            assertThat(db.count("users")).as("the transaction decides").isZero();
            tx.commit();
        }
        assertThat(db.count("users")).isEqualTo(1);
    }
}
