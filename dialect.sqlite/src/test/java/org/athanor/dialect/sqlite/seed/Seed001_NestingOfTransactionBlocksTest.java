package org.athanor.dialect.sqlite.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.athanor.engine.Connection;
import org.athanor.engine.Echo;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;
import org.athanor.engine.Transaction;
import org.athanor.engine.impl.testing.LogCapture;
import org.athanor.exc.InvalidRequestException;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.MetaData;
import org.athanor.sql.schema.Table;
import org.athanor.sql.types.SqlTypes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seed 001, "Nesting of Transaction Blocks" (and seed 003's identical example): method_a begins and calls
 * method_b, which begins too; only the outermost commit commits; a rollback anywhere rolls back the whole.
 * method_b runs the seed's text INSERT and {@code connection.execute(mytable.insert(), col1='bat',
 * col2='lala')}. Also {@code beginNested()} SAVEPOINT transactions. What is committed is read from a second
 * driver connection.
 */
class Seed001_NestingOfTransactionBlocksTest extends SeedFixture {
    /** The seed's {@code mytable}; seed 003's Transactions example shares it. */
    static final Table MYTABLE = new Table("mytable", new MetaData(), Column.of("col1", SqlTypes.string(10)),
            Column.of("col2", SqlTypes.string(10)));

    @BeforeEach
    void createMytable() {
        MYTABLE.create(engine);
    }

    /** method_a starts a transaction and calls method_b (also seed 003's "Transactions" example). */
    static void methodA(Connection connection, Runnable insideA, Runnable insideB) {
        Transaction trans = connection.begin();
        try {
            methodB(connection, insideB);
            insideA.run();
            trans.commit(); // transaction is committed here
        } catch (RuntimeException e) {
            trans.rollback(); // this rolls back the transaction unconditionally
            throw e;
        }
    }

    /** method_b also starts a transaction. */
    static void methodB(Connection connection, Runnable insideB) {
        Transaction trans = connection.begin(); // runs in the context of method_a's transaction
        try {
            connection.execute("insert into mytable values ('bat', 'lala')");
            connection.execute(MYTABLE.insert(), Map.of("col1", "bat", "col2", "lala"));
            insideB.run();
            trans.commit(); // transaction is not committed yet
        } catch (RuntimeException e) {
            trans.rollback();
            throw e;
        }
    }

    @Test
    void onlyTheOutermostCommitCommits() {
        try (Connection conn = engine.connect()) {
            methodA(conn, () -> {
                assertThat(conn.inTransaction()).as("method_b's commit only counted").isTrue();
                assertThat(db.count("mytable")).as("nothing committed after method_b's commit").isZero();
            }, () -> { });
            assertThat(conn.inTransaction()).isFalse();
        }
        assertThat(db.column("select col1 || '/' || col2 from mytable")).containsExactly("bat/lala", "bat/lala");
        assertThat(engine.pool().statistics().checkedOut()).as("conn.close() returned it").isZero();
    }

    @Test
    void aRollbackInMethodBRollsBackTheWholeTransaction() {
        try (Connection conn = engine.connect()) {
            assertThatThrownBy(() -> methodA(conn, () -> { }, () -> {
                throw new IllegalStateException("b fails");
            })).hasMessage("b fails");
            assertThat(conn.inTransaction()).isFalse();
        }
        assertThat(db.count("mytable")).isZero();
    }

    @Test
    void aRollbackInMethodARollsBackTheWholeTransaction() {
        try (Connection conn = engine.connect()) {
            assertThatThrownBy(() -> methodA(conn, () -> {
                throw new IllegalStateException("a fails");
            }, () -> { })).hasMessage("a fails");
        }
        assertThat(db.count("mytable")).isZero();
    }

    @Test
    void afterAnInnerRollbackTheOuterCommitFails() {
        try (Connection conn = engine.connect()) {
            Transaction outer = conn.begin();
            Transaction inner = conn.begin();
            conn.execute("insert into mytable values ('bat', 'lala')");
            inner.rollback();
            assertThat(outer.isActive()).isFalse();
            assertThat(inner.isActive()).isFalse();
            assertThatThrownBy(outer::commit).isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("inactive");
            outer.rollback(); // does nothing now
            outer.close();
        }
        assertThat(db.count("mytable")).isZero();
    }

    @Test
    void anInnerTransactionClosedWithoutCommitRollsBackTheWhole() {
        try (Connection conn = engine.connect(); Transaction outer = conn.begin()) {
            try (Transaction inner = conn.begin()) {
                assertThat(inner.isActive()).isTrue();
                conn.execute("insert into mytable values ('bat', 'lala')");
                // an exception here would skip inner.commit(): close() rolls back
            }
            assertThat(outer.isActive()).isFalse();
        }
        assertThat(db.count("mytable")).isZero();
    }

    @Test
    void savepointRollbackUndoesOnlyTheWorkSinceTheSavepoint() {
        try (LogCapture log = new LogCapture()) {
            Engine echoing = db.engine(EngineOptions.builder().echo(Echo.ON).build());
            try (Connection conn = echoing.connect()) {
                Transaction outer = conn.begin();
                conn.execute("insert into mytable values ('a', 'kept')");
                Transaction sp = conn.beginNested();
                assertThat(sp.isNested()).isTrue();
                conn.execute("insert into mytable values ('b', 'undone')");
                sp.rollback();
                Transaction sp2 = conn.beginNested();
                conn.execute("insert into mytable values ('c', 'kept')");
                sp2.commit();
                assertThat(conn.inTransaction()).isTrue();
                outer.commit();
            } finally {
                echoing.dispose();
            }
            assertThat(log.text()).contains("SAVEPOINT sa_savepoint_1", "ROLLBACK TO SAVEPOINT sa_savepoint_1",
                    "SAVEPOINT sa_savepoint_2", "RELEASE SAVEPOINT sa_savepoint_2");
        }
        assertThat(db.column("select col1 from mytable order by col1")).containsExactly("a", "c");
    }

    @Test
    void rollingBackTheOuterTransactionUndoesReleasedSavepoints() {
        try (Connection conn = engine.connect()) {
            Transaction outer = conn.begin();
            Transaction sp = conn.beginNested();
            conn.execute("insert into mytable values ('a', 'x')");
            sp.commit();
            outer.rollback();
        }
        assertThat(db.count("mytable")).isZero();
    }

    @Test
    void beginNestedWithoutATransactionBeginsAnOrdinaryOne() {
        try (Connection conn = engine.connect()) {
            try (Transaction tx = conn.beginNested()) {
                assertThat(tx.isNested()).isFalse();
                conn.execute("insert into mytable values ('a', 'x')");
                tx.commit();
            }
        }
        assertThat(db.count("mytable")).isEqualTo(1);
    }
}
