package org.athanor.testing.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.athanor.engine.Connection;
import org.athanor.engine.Result;
import org.athanor.engine.Transaction;
import org.athanor.exc.AthanorException;
import org.athanor.exc.IntegrityException;
import org.athanor.testing.suite.Requirements.Requirement;
import org.junit.jupiter.api.Test;

/**
 * Conformance: many-row execution ({@code executeMany}, DB-API's {@code executemany}) through JDBC batching —
 * every parameter set applied, autocommitted outside a transaction and rolled back with one, rowcount summed,
 * errors classified.
 */
public abstract class ExecuteManySuite extends SuiteBase {

    private static final List<Map<String, ?>> THREE = List.of(Map.of("id", 1, "name", "a"),
            Map.of("id", 2, "name", "b"), Map.of("id", 3, "name", "c"));

    private static String insert(String t) {
        return "INSERT INTO " + t + " (id, name) VALUES (:id, :name)";
    }

    @Test
    void everyParameterSetIsInsertedAndAutocommitted() {
        String t = peopleTable();
        try (Connection c = engine.connect()) {
            Result r = c.executeMany(insert(t), THREE);
            assertThat(r.returnsRows()).isFalse();
        }
        try (Connection c = engine.connect()) {
            assertThat(c.execute("SELECT name FROM " + t + " ORDER BY id").all())
                    .extracting(row -> row.get(0)).containsExactly("a", "b", "c");
        }
    }

    @Test
    @Requires(Requirement.BATCH_ROWCOUNT)
    void rowcountIsTheSumOverTheBatch() {
        String t = peopleTable();
        try (Connection c = engine.connect()) {
            assertThat(c.executeMany(insert(t), THREE).rowcount()).isEqualTo(3);
            Result updated = c.executeMany("UPDATE " + t + " SET name = :name WHERE id >= :min",
                    List.of(Map.of("name", "x", "min", 2), Map.of("name", "y", "min", 3)));
            assertThat(updated.rowcount()).isEqualTo(3);
        }
    }

    @Test
    void rowcountIsTheSumOrUnknownButNeverPartial() {
        String t = peopleTable();
        try (Connection c = engine.connect()) {
            long n = c.executeMany(insert(t), THREE).rowcount();
            assertThat(n).as("a batch of 3 reports 3, or -1 when the driver does not know").isIn(3L, -1L);
        }
    }

    @Test
    void manyRowsInsideATransactionRollBackWithIt() {
        String t = peopleTable();
        try (Connection c = engine.connect()) {
            Transaction tx = c.begin();
            c.executeMany(insert(t), THREE);
            assertThat(count(c, t)).isEqualTo(3);
            tx.rollback();
        }
        assertThat(count(t)).isZero();
    }

    @Test
    void aFailingRowRaisesAClassifiedError() {
        String t = peopleTable();
        try (Connection c = engine.connect()) {
            assertThatThrownBy(() -> c.executeMany(insert(t), List.of(Map.of("id", 1, "name", "a"),
                    Map.of("id", 1, "name", "duplicate")))).isInstanceOf(IntegrityException.class);
        }
    }

    @Test
    void anEmptyListIsRefused() {
        String t = peopleTable();
        try (Connection c = engine.connect()) {
            assertThatThrownBy(() -> c.executeMany(insert(t), List.of())).isInstanceOf(AthanorException.class);
        }
    }
}
