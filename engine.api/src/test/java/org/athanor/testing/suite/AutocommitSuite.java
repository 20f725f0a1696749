package org.athanor.testing.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.athanor.engine.Connection;
import org.athanor.engine.ExecutionOptions;
import org.athanor.engine.StatementKind;
import org.athanor.engine.Transaction;
import org.junit.jupiter.api.Test;

/**
 * Conformance: library-level autocommit (seed 001) — INSERT, UPDATE, DELETE and DDL run outside a
 * transaction are committed at once (text statements detected by pattern), work inside a transaction is
 * not, and the {@code autocommit} execution option overrides the detection either way. Each test proves a
 * commit by closing the connection, whose return to the pool rolls back anything uncommitted. (Whether a
 * statement that is neither detected nor marked is committed depends on whether the engine keeps idle driver
 * connections in the driver's autocommit mode, so no test asks.)
 */
public abstract class AutocommitSuite extends SuiteBase {

    @Test
    void dmlOutsideATransactionIsCommitted() {
        String t = peopleTable();
        try (Connection c = engine.connect()) {
            insertPerson(c, t, 1, "a");
            insertPerson(c, t, 2, "b");
            c.execute("UPDATE " + t + " SET name = 'z' WHERE id = 1");
            c.execute("DELETE FROM " + t + " WHERE id = 2");
        }
        try (Connection c = engine.connect()) {
            assertThat(count(c, t)).isEqualTo(1);
            assertThat(c.execute("SELECT name FROM " + t + " WHERE id = 1").scalar()).isEqualTo("z");
        }
    }

    @Test
    void detectionSeesPastCommentsAndCase() {
        String t = peopleTable();
        try (Connection c = engine.connect()) {
            c.execute("/* a comment */ insert into " + t + " (id, name) values (1, 'a')");
            c.execute("-- a line comment\n  Insert Into " + t + " (id, name) values (2, 'b')");
        }
        assertThat(count(t)).isEqualTo(2);
    }

    @Test
    void ddlOutsideATransactionIsCommitted() {
        String t = dropAfterTest(uniqueName("ddl"));
        try (Connection c = engine.connect()) {
            c.execute("CREATE TABLE " + t + " (id INTEGER)");
        }
        assertThat(count(t)).isZero();
    }

    @Test
    void workInsideATransactionIsNotAutocommitted() {
        String t = peopleTable();
        try (Connection c = engine.connect()) {
            Transaction tx = c.begin();
            insertPerson(c, t, 1, "a");
            assertThat(tx.isActive()).isTrue();
        }
        assertThat(count(t)).isZero();
    }

    @Test
    void autocommitFalseOptionOnTheConnectionSuppressesTheCommit() {
        String t = peopleTable();
        try (Connection c = engine.connect()) {
            Connection manual = c.executionOptions(ExecutionOptions.autocommit(false));
            insertPerson(manual, t, 1, "a");
        }
        assertThat(count(t)).isZero();
    }

    @Test
    void autocommitOptionOnAStatementOverridesDetectionEitherWay() {
        String t = peopleTable();
        SuiteStatement undetected = SuiteStatement.of("INSERT INTO " + t + " (id, name) VALUES (:id, :name)",
                StatementKind.OTHER);
        SuiteStatement detected = SuiteStatement.of("INSERT INTO " + t + " (id, name) VALUES (:id, :name)",
                StatementKind.INSERT);
        try (Connection c = engine.connect()) {
            c.execute(undetected.executionOptions(ExecutionOptions.autocommit(true)), Map.of("id", 1, "name", "kept"));
            c.execute(detected.executionOptions(ExecutionOptions.autocommit(false)), Map.of("id", 2, "name", "lost"));
        }
        try (Connection c = engine.connect()) {
            assertThat(c.execute("SELECT name FROM " + t).all()).extracting(r -> r.get(0)).containsExactly("kept");
        }
    }
}
