package org.athanor.testing.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.athanor.engine.Connection;
import org.athanor.engine.Result;
import org.athanor.engine.Row;
import org.athanor.exc.MultipleResultsFoundException;
import org.athanor.exc.NoResultFoundException;
import org.athanor.exc.NoSuchColumnException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Conformance: reading results (seed 003's ResultProxy and RowProxy) — keys, values by name and by position,
 * scalar, first, one, all, fetching in parts, iteration, rowcount.
 */
public abstract class ResultSuite extends SuiteBase {

    private String t;

    /** Creates a table of three people. */
    @BeforeEach
    void fill() {
        t = peopleTable();
        try (Connection c = engine.connect()) {
            insertPerson(c, t, 1, "ann");
            insertPerson(c, t, 2, "bob");
            insertPerson(c, t, 3, "cy");
        }
    }

    private Result query(Connection c) {
        return c.execute("SELECT id, name FROM " + t + " ORDER BY id");
    }

    @Test
    void keysAreTheColumnNames() {
        try (Connection c = engine.connect(); Result r = query(c)) {
            assertThat(r.returnsRows()).isTrue();
            assertThat(r.keys()).extracting(k -> k.toLowerCase(Locale.ROOT)).containsExactly("id", "name");
        }
    }

    @Test
    void valuesByNameAnyCaseAndByPosition() {
        try (Connection c = engine.connect()) {
            Row row = query(c).first();
            assertThat(SuiteValues.asLong(row.get(0))).isEqualTo(1);
            assertThat(row.get(1)).isEqualTo("ann");
            assertThat(row.get("name")).isEqualTo("ann");
            assertThat(row.get("NAME")).isEqualTo("ann");
            assertThat(row.get("id", Long.class)).isEqualTo(1L);
            assertThat(row.get(0, String.class)).isEqualTo("1");
            assertThat(row.has("Name")).isTrue();
            assertThat(row.size()).isEqualTo(2);
            assertThat(row.values()).hasSize(2);
            assertThat(row.asMap()).hasSize(2);
        }
    }

    @Test
    void unknownNameOrPositionIsAClearError() {
        try (Connection c = engine.connect()) {
            Row row = query(c).first();
            assertThatThrownBy(() -> row.get("nope")).isInstanceOf(NoSuchColumnException.class)
                    .hasMessageContaining("nope");
            assertThatThrownBy(() -> row.get(2)).isInstanceOf(NoSuchColumnException.class);
            assertThat(row.has("nope")).isFalse();
        }
    }

    @Test
    void aliasesNameTheColumns() {
        try (Connection c = engine.connect()) {
            Row row = c.execute("SELECT name AS who, id * 10 AS tens FROM " + t + " WHERE id = 2").one();
            assertThat(row.get("who")).isEqualTo("bob");
            assertThat(SuiteValues.asLong(row.get("tens"))).isEqualTo(20);
        }
    }

    @Test
    void scalarFirstOneAndAll() {
        try (Connection c = engine.connect()) {
            assertThat(SuiteValues.asLong(c.execute("SELECT COUNT(*) FROM " + t).scalar())).isEqualTo(3);
            assertThat(c.execute("SELECT COUNT(*) FROM " + t).scalar(Long.class)).isEqualTo(3L);
            assertThat(c.execute("SELECT name FROM " + t + " WHERE id = 9").scalar()).isNull();
            assertThat(query(c).first().get("name")).isEqualTo("ann");
            assertThat(c.execute("SELECT name FROM " + t + " WHERE id = 9").first()).isNull();
            assertThat(c.execute("SELECT name FROM " + t + " WHERE id = 3").one().get(0)).isEqualTo("cy");
            assertThat(query(c).all()).extracting(r -> r.get(1)).containsExactly("ann", "bob", "cy");
        }
    }

    @Test
    void oneWantsExactlyOneRow() {
        try (Connection c = engine.connect()) {
            assertThatThrownBy(() -> c.execute("SELECT name FROM " + t + " WHERE id = 9").one())
                    .isInstanceOf(NoResultFoundException.class);
            assertThatThrownBy(() -> query(c).one()).isInstanceOf(MultipleResultsFoundException.class);
        }
    }

    @Test
    void fetchingInPartsAndIterating() {
        try (Connection c = engine.connect()) {
            Result r = query(c);
            assertThat(r.fetchOne().get(1)).isEqualTo("ann");
            assertThat(r.fetchMany(5)).extracting(row -> row.get(1)).containsExactly("bob", "cy");
            assertThat(r.fetchMany(5)).isEmpty();
            assertThat(r.fetchOne()).isNull();
            r.close();
            List<Object> names = new ArrayList<>();
            try (Result again = query(c)) {
                for (Row row : again) {
                    names.add(row.get("name"));
                }
            }
            assertThat(names).containsExactly("ann", "bob", "cy");
            assertThat(query(c).stream().map(row -> row.get(1))).containsExactly("ann", "bob", "cy");
        }
    }

    @Test
    void rowsOutliveTheirResult() {
        try (Connection c = engine.connect()) {
            Result r = query(c);
            Row first = r.fetchOne();
            r.close();
            assertThat(r.isClosed()).isTrue();
            assertThat(first.get("name")).isEqualTo("ann");
        }
    }

    @Test
    void rowcountOfUpdateAndDelete() {
        try (Connection c = engine.connect()) {
            Result updated = c.execute("UPDATE " + t + " SET name = 'x' WHERE id >= 2");
            assertThat(updated.returnsRows()).isFalse();
            assertThat(updated.rowcount()).isEqualTo(2);
            assertThat(c.execute("DELETE FROM " + t + " WHERE id = 1").rowcount()).isEqualTo(1);
            assertThat(c.execute("DELETE FROM " + t + " WHERE id = 1").rowcount()).isZero();
        }
    }

    @Test
    void positionalParameters() {
        try (Connection c = engine.connect()) {
            assertThat(c.execute("SELECT name FROM " + t + " WHERE id = ? OR name = ? ORDER BY id", 1, "cy").all())
                    .extracting(r -> r.get(0)).containsExactly("ann", "cy");
        }
    }
}
