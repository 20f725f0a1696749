package org.athanor.testing.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;
import org.athanor.engine.Result;
import org.athanor.engine.Row;
import org.athanor.exc.DBAPIException;
import org.athanor.exc.ResourceClosedException;
import org.athanor.testing.suite.Requirements.Requirement;
import org.junit.jupiter.api.Test;

/**
 * Conformance: connecting, closing and returning connections to the pool, connectionless execution,
 * detaching, invalidation and disconnect detection (seeds 000, 001, 003).
 */
public abstract class ConnectionSuite extends SuiteBase {

    private int checkedOut() {
        return engine.pool().statistics().checkedOut();
    }

    @Test
    void connectExecutesAndClosesReturningTheConnection() {
        int before = checkedOut();
        Connection c = engine.connect();
        assertThat(checkedOut()).isEqualTo(before + 1);
        assertThat(SuiteValues.asLong(c.execute(selectWithoutTable("1")).scalar())).isEqualTo(1);
        assertThat(c.isClosed()).isFalse();
        assertThat(c.engine()).isSameAs(engine);
        c.close();
        assertThat(c.isClosed()).isTrue();
        assertThat(checkedOut()).isEqualTo(before);
        c.close(); // idempotent
    }

    @Test
    void aClosedConnectionRefusesWork() {
        Connection c = engine.connect();
        c.close();
        assertThatThrownBy(() -> c.execute(selectWithoutTable("1"))).isInstanceOf(ResourceClosedException.class);
        assertThatThrownBy(c::driverConnection).isInstanceOf(ResourceClosedException.class);
    }

    @Test
    void theDriverConnectionIsReusedAfterReturn() {
        try (Engine one = createEngine(EngineOptions.builder().poolSize(1).maxOverflow(0).build())) {
            java.sql.Connection first;
            try (Connection c = one.connect()) {
                first = c.driverConnection();
            }
            try (Connection c = one.connect()) {
                assertThat(c.driverConnection()).isSameAs(first);
            }
        }
    }

    @Test
    void returningToThePoolRollsBackUncommittedWork() {
        String t = peopleTable();
        try (Connection c = engine.connect()) {
            c.begin();
            insertPerson(c, t, 1, "uncommitted");
            assertThat(count(c, t)).isEqualTo(1);
        }
        assertThat(count(t)).isZero();
    }

    @Test
    void connectionlessExecutionReleasesItsConnectionWhenTheResultIsExhausted() {
        String t = peopleTable();
        int before = checkedOut();
        Result r = engine.execute("INSERT INTO " + t + " (id, name) VALUES (1, 'a')");
        assertThat(r.returnsRows()).isFalse();
        assertThat(checkedOut()).as("a result without rows releases at once").isEqualTo(before);
        Result rows = engine.execute("SELECT id, name FROM " + t);
        List<Row> all = rows.all();
        assertThat(all).hasSize(1);
        assertThat(rows.isClosed()).isTrue();
        assertThat(checkedOut()).isEqualTo(before);
        assertThat(count(t)).as("connectionless DML is autocommitted").isEqualTo(1);
    }

    @Test
    void closingAConnectionlessResultEarlyReleasesItsConnection() {
        String t = peopleTable();
        try (Connection c = engine.connect()) {
            insertPerson(c, t, 1, "a");
            insertPerson(c, t, 2, "b");
        }
        int before = checkedOut();
        Result r = engine.execute("SELECT id FROM " + t + " ORDER BY id");
        assertThat(r.fetchOne()).isNotNull();
        r.close();
        assertThat(r.isClosed()).isTrue();
        assertThat(checkedOut()).isEqualTo(before);
    }

    @Test
    void detachedDriverConnectionBelongsToTheCaller() throws SQLException {
        java.sql.Connection raw;
        java.sql.Connection next;
        try (Connection c = engine.connect()) {
            raw = c.detach();
        }
        try {
            assertThat(raw.isClosed()).as("closing the Athanor connection leaves a detached one open").isFalse();
            try (java.sql.Statement s = raw.createStatement()) {
                s.execute(selectWithoutTable("1"));
            }
            try (Connection c = engine.connect()) {
                next = c.driverConnection();
            }
            assertThat(next).as("the pool forgot the detached connection").isNotSameAs(raw);
        } finally {
            raw.close();
        }
    }

    @Test
    void invalidatedConnectionIsReplaced() throws SQLException {
        java.sql.Connection old;
        try (Connection c = engine.connect()) {
            old = c.driverConnection();
            c.invalidate(null);
            assertThat(c.isInvalidated()).isTrue();
        }
        assertThat(old.isClosed()).as("an invalidated driver connection is closed").isTrue();
        try (Connection c = engine.connect()) {
            assertThat(c.driverConnection()).isNotSameAs(old);
            assertThat(SuiteValues.asLong(c.execute(selectWithoutTable("1")).scalar())).isEqualTo(1);
        }
    }

    @Test
    @Requires(Requirement.DISCONNECT_DETECTION)
    void aDeadDriverConnectionIsADisconnectAndThePoolRecovers() throws SQLException {
        try (Connection c = engine.connect()) {
            c.driverConnection().close();
            assertThatThrownBy(() -> c.execute(selectWithoutTable("1")))
                    .isInstanceOfSatisfying(DBAPIException.class,
                            e -> assertThat(e.connectionInvalidated()).as("judged a disconnect").isTrue());
            assertThat(c.isInvalidated()).isTrue();
        }
        try (Connection c = engine.connect()) {
            assertThat(SuiteValues.asLong(c.execute(selectWithoutTable("1")).scalar())).isEqualTo(1);
        }
    }

    @Test
    void disposedEngineSaysSo() {
        Engine e = createEngine(EngineOptions.defaults());
        try (Connection c = e.connect()) {
            c.execute(selectWithoutTable("1")).close();
        }
        e.dispose();
        assertThat(e.isDisposed()).isTrue();
        e.dispose(); // idempotent
    }
}
