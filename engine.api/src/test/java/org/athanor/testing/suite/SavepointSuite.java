package org.athanor.testing.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.athanor.engine.Connection;
import org.athanor.engine.Row;
import org.athanor.engine.Transaction;
import org.athanor.testing.suite.Requirements.Requirement;
import org.junit.jupiter.api.Test;

/**
 * Conformance: SAVEPOINT transactions from {@code beginNested()} — a rollback undoes only the work since the
 * savepoint; a commit releases it and keeps the work for the enclosing transaction.
 */
@Requires(Requirement.SAVEPOINTS)
public abstract class SavepointSuite extends SuiteBase {

    private static List<Long> ids(Connection c, String t) {
        return c.execute("SELECT id FROM " + t + " ORDER BY id").all().stream()
                .map((Row r) -> SuiteValues.asLong(r.get(0))).toList();
    }

    @Test
    void rollbackToSavepointKeepsTheWorkBeforeIt() {
        String t = peopleTable();
        try (Connection c = engine.connect()) {
            Transaction outer = c.begin();
            insertPerson(c, t, 1, "kept");
            Transaction sp = c.beginNested();
            assertThat(sp.isNested()).isTrue();
            insertPerson(c, t, 2, "undone");
            sp.rollback();
            assertThat(sp.isActive()).isFalse();
            assertThat(outer.isActive()).as("a savepoint rollback leaves the outer transaction").isTrue();
            insertPerson(c, t, 3, "after");
            outer.commit();
        }
        try (Connection c = engine.connect()) {
            assertThat(ids(c, t)).containsExactly(1L, 3L);
        }
    }

    @Test
    void releasedSavepointWorkCommitsWithTheOuterTransaction() {
        String t = peopleTable();
        try (Connection c = engine.connect()) {
            Transaction outer = c.begin();
            Transaction sp = c.beginNested();
            insertPerson(c, t, 1, "a");
            sp.commit();
            outer.commit();
        }
        assertThat(count(t)).isEqualTo(1);
    }

    @Test
    void releasedSavepointWorkIsUndoneByTheOuterRollback() {
        String t = peopleTable();
        try (Connection c = engine.connect()) {
            Transaction outer = c.begin();
            Transaction sp = c.beginNested();
            insertPerson(c, t, 1, "a");
            sp.commit();
            outer.rollback();
        }
        assertThat(count(t)).isZero();
    }

    @Test
    void savepointsNest() {
        String t = peopleTable();
        try (Connection c = engine.connect()) {
            Transaction outer = c.begin();
            insertPerson(c, t, 1, "outer");
            Transaction first = c.beginNested();
            insertPerson(c, t, 2, "first");
            Transaction second = c.beginNested();
            insertPerson(c, t, 3, "second");
            second.rollback();
            first.commit();
            outer.commit();
        }
        try (Connection c = engine.connect()) {
            assertThat(ids(c, t)).containsExactly(1L, 2L);
        }
    }

    @Test
    void beginNestedWithoutATransactionBeginsOne() {
        String t = peopleTable();
        try (Connection c = engine.connect()) {
            Transaction sp = c.beginNested();
            assertThat(c.inTransaction()).isTrue();
            insertPerson(c, t, 1, "a");
            sp.rollback();
            assertThat(count(c, t)).isZero();
        }
    }
}
