package org.athanor.testing.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.Map;
import org.athanor.engine.Connection;
import org.athanor.engine.Transaction;
import org.athanor.exc.DBAPIException;
import org.athanor.exc.IntegrityException;
import org.athanor.exc.ProgrammingException;
import org.junit.jupiter.api.Test;

/**
 * Conformance: driver errors arrive as Athanor's classified exceptions (SQLAlchemy's DB-API classes) carrying
 * the statement, its parameters and the driver's {@link SQLException}; the connection stays usable.
 */
public abstract class ErrorSuite extends SuiteBase {

    @Test
    void duplicatePrimaryKeyIsAnIntegrityErrorWithStatementAndParameters() {
        String t = peopleTable();
        String insert = "INSERT INTO " + t + " (id, name) VALUES (:id, :name)";
        try (Connection c = engine.connect()) {
            c.execute(insert, Map.of("id", 1, "name", "first"));
            assertThatThrownBy(() -> c.execute(insert, Map.of("id", 1, "name", "second")))
                    .isInstanceOfSatisfying(IntegrityException.class, e -> {
                        assertThat(e.statement()).contains(t);
                        assertThat(e.parameters()).hasSize(2);
                        assertThat(e.parameters().toString()).contains("second");
                        assertThat((Throwable) e.getCause()).isInstanceOf(SQLException.class);
                        assertThat(e.connectionInvalidated()).isFalse();
                        assertThat(e.getMessage()).contains(t);
                    });
        }
    }

    @Test
    void notNullViolationIsAnIntegrityError() {
        String t = createTable("notnull", "id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(50) NOT NULL");
        try (Connection c = engine.connect()) {
            assertThatThrownBy(() -> c.execute("INSERT INTO " + t + " (id, name) VALUES (1, NULL)"))
                    .isInstanceOf(IntegrityException.class);
        }
    }

    @Test
    void syntaxErrorIsAProgrammingError() {
        try (Connection c = engine.connect()) {
            assertThatThrownBy(() -> c.execute("SELEC 1")).isInstanceOf(ProgrammingException.class)
                    .hasMessageContaining("SELEC 1");
        }
    }

    @Test
    void missingTableIsAProgrammingError() {
        try (Connection c = engine.connect()) {
            assertThatThrownBy(() -> c.execute("SELECT * FROM " + uniqueName("missing")))
                    .isInstanceOf(ProgrammingException.class);
        }
    }

    @Test
    void theConnectionIsUsableAfterAnErrorOutsideATransaction() {
        String t = peopleTable();
        try (Connection c = engine.connect()) {
            insertPerson(c, t, 1, "a");
            assertThatThrownBy(() -> insertPerson(c, t, 1, "b")).isInstanceOf(DBAPIException.class);
            insertPerson(c, t, 2, "c");
        }
        assertThat(count(t)).isEqualTo(2);
    }

    @Test
    void aTransactionWithAnErrorCanBeRolledBackAndTheConnectionReused() {
        String t = peopleTable();
        try (Connection c = engine.connect()) {
            Transaction tx = c.begin();
            insertPerson(c, t, 1, "a");
            assertThatThrownBy(() -> c.execute("SELECT * FROM " + uniqueName("missing")))
                    .isInstanceOf(ProgrammingException.class);
            tx.rollback();
            insertPerson(c, t, 2, "b");
        }
        assertThat(count(t)).isEqualTo(1);
    }
}
