package org.athanor.testing.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.athanor.engine.Connection;
import org.athanor.engine.Transaction;
import org.athanor.exc.InvalidRequestException;
import org.athanor.exc.ProgrammingException;
import org.athanor.testing.suite.Requirements.Requirement;
import org.junit.jupiter.api.Test;

/**
 * Conformance: transactions on a connection and on the engine — commit, rollback, rollback on close, nested
 * begin counting, transactional work, transactional DDL (seeds 001 and 003).
 */
public abstract class TransactionSuite extends SuiteBase {

    @Test
    void commitMakesWorkPermanent() {
        String t = peopleTable();
        try (Connection c = engine.connect()) {
            Transaction tx = c.begin();
            assertThat(c.inTransaction()).isTrue();
            assertThat(tx.connection()).isSameAs(c);
            insertPerson(c, t, 1, "a");
            tx.commit();
            assertThat(tx.isActive()).isFalse();
            assertThat(c.inTransaction()).isFalse();
        }
        assertThat(count(t)).isEqualTo(1);
    }

    @Test
    void rollbackUndoesWork() {
        String t = peopleTable();
        try (Connection c = engine.connect()) {
            Transaction tx = c.begin();
            insertPerson(c, t, 1, "a");
            tx.rollback();
            assertThat(count(c, t)).isZero();
            assertThat(tx.isActive()).isFalse();
            tx.rollback(); // nothing to do, no error
        }
        assertThat(count(t)).isZero();
    }

    @Test
    void closingAnActiveTransactionRollsBack() {
        String t = peopleTable();
        try (Connection c = engine.connect()) {
            try (Transaction tx = c.begin()) {
                insertPerson(c, t, 1, "a");
                assertThat(tx.isActive()).isTrue();
            }
            assertThat(c.inTransaction()).isFalse();
            assertThat(count(c, t)).isZero();
        }
    }

    @Test
    void committedTransactionCannotCommitAgain() {
        try (Connection c = engine.connect()) {
            Transaction tx = c.begin();
            tx.commit();
            assertThatThrownBy(tx::commit).isInstanceOf(InvalidRequestException.class);
        }
    }

    @Test
    void nestedBeginOnlyCountsAndTheOutermostCommitCommits() {
        String t = peopleTable();
        try (Connection c = engine.connect()) {
            Transaction outer = c.begin();
            Transaction inner = c.begin();
            assertThat(inner.isNested()).as("a counting begin is not a savepoint").isFalse();
            insertPerson(c, t, 1, "a");
            inner.commit();
            assertThat(outer.isActive()).isTrue();
            assertThat(c.inTransaction()).isTrue();
            outer.commit();
        }
        assertThat(count(t)).isEqualTo(1);
    }

    @Test
    void innerCommitDoesNotCommitWhenTheOuterRollsBack() {
        String t = peopleTable();
        try (Connection c = engine.connect()) {
            Transaction outer = c.begin();
            Transaction inner = c.begin();
            insertPerson(c, t, 1, "a");
            inner.commit();
            outer.rollback();
        }
        assertThat(count(t)).isZero();
    }

    @Test
    void innerRollbackRollsBackEverythingAndDeactivatesTheOuter() {
        String t = peopleTable();
        try (Connection c = engine.connect()) {
            Transaction outer = c.begin();
            insertPerson(c, t, 1, "before inner");
            Transaction inner = c.begin();
            insertPerson(c, t, 2, "inner");
            inner.rollback();
            assertThat(outer.isActive()).isFalse();
            assertThatThrownBy(outer::commit).isInstanceOf(InvalidRequestException.class);
            outer.close();
        }
        assertThat(count(t)).isZero();
    }

    @Test
    void engineBeginCommitsAndReturnsTheConnection() {
        String t = peopleTable();
        int before = engine.pool().statistics().checkedOut();
        try (Transaction tx = engine.begin()) {
            insertPerson(tx.connection(), t, 1, "a");
            tx.commit();
        }
        assertThat(engine.pool().statistics().checkedOut()).isEqualTo(before);
        assertThat(count(t)).isEqualTo(1);
    }

    @Test
    void engineBeginRollsBackWhenTheBlockThrows() {
        String t = peopleTable();
        assertThatThrownBy(() -> {
            try (Transaction tx = engine.begin()) {
                insertPerson(tx.connection(), t, 1, "a");
                throw new IllegalStateException("boom");
            }
        }).isInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThat(count(t)).isZero();
    }

    @Test
    void transactionalWorkCommitsItsResult() {
        String t = peopleTable();
        String name = engine.transaction(c -> {
            insertPerson(c, t, 1, "a");
            return "done";
        });
        assertThat(name).isEqualTo("done");
        assertThat(count(t)).isEqualTo(1);
    }

    @Test
    void transactionalWorkRollsBackAndRethrows() {
        String t = peopleTable();
        IllegalArgumentException thrown = new IllegalArgumentException("no");
        assertThatThrownBy(() -> engine.transaction(c -> {
            insertPerson(c, t, 1, "a");
            throw thrown;
        })).isSameAs(thrown);
        assertThat(count(t)).isZero();
        try (Connection c = engine.connect()) {
            assertThatThrownBy(() -> c.transaction(x -> {
                insertPerson(x, t, 2, "b");
                throw thrown;
            })).isSameAs(thrown);
            assertThat(c.inTransaction()).isFalse();
            assertThat(count(c, t)).isZero();
        }
    }

    @Test
    @Requires(Requirement.INDEPENDENT_CONNECTIONS)
    void uncommittedWorkIsInvisibleToAnotherConnectionUntilCommitted() {
        String t = peopleTable();
        try (Connection writer = engine.connect()) {
            Transaction tx = writer.begin();
            insertPerson(writer, t, 1, "a");
            try (Connection reader = engine.connect()) {
                assertThat(reader.driverConnection()).isNotSameAs(writer.driverConnection());
                assertThat(count(reader, t)).isZero();
            }
            tx.commit();
        }
        assertThat(count(t)).isEqualTo(1);
    }

    @Test
    @Requires(Requirement.TRANSACTIONAL_DDL)
    void ddlInsideATransactionIsRolledBack() {
        String t = dropAfterTest(uniqueName("ddl"));
        try (Connection c = engine.connect()) {
            Transaction tx = c.begin();
            c.execute("CREATE TABLE " + t + " (id INTEGER)");
            tx.rollback();
            assertThatThrownBy(() -> c.execute("SELECT COUNT(*) FROM " + t).scalar())
                    .isInstanceOf(ProgrammingException.class);
        }
    }
}
