package org.athanor.dialect.postgresql.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.athanor.sql.SQL.select;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.athanor.engine.Athanor;
import org.athanor.engine.Compiled;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.Result;
import org.athanor.engine.Row;
import org.athanor.engine.URL;
import org.athanor.exc.UnsupportedCompilationException;
import org.athanor.sql.Alias;
import org.athanor.sql.Insert;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.MetaData;
import org.athanor.sql.schema.Table;
import org.athanor.sql.schema.UniqueConstraint;
import org.athanor.sql.types.SqlTypes;
import org.athanor.sql.upsert.OnConflict;
import org.athanor.sql.upsert.OnDuplicateKeyUpdate;
import org.athanor.testing.LiveDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code INSERT ... ON CONFLICT} on the live PostgreSQL server: an upsert inserts a new row and updates an
 * existing one, DO NOTHING skips, the update's condition holds rows back, a batch of rows upserts in one
 * execution, and the same statement shape with new values runs from the compiled-statement cache.
 */
class PostgreSQLUpsert_LiveTest {
    private final MetaData md = new MetaData();
    private final String name = "ath_upsert_" + UUID.randomUUID().toString().substring(0, 8);
    private final Table counters = new Table(name, md,
            Column.of("id", SqlTypes.INTEGER).primaryKey().autoincrement(false),
            Column.of("label", SqlTypes.string(20)).notNull(),
            Column.of("hits", SqlTypes.INTEGER).notNull(),
            Column.of("locked", SqlTypes.BOOLEAN).notNull().serverDefault(false),
            UniqueConstraint.named("uq_" + name + "_label", "label"));
    private final Alias excluded = OnConflict.excluded(counters);
    private Engine engine;

    @BeforeEach
    void createTable() {
        engine = Athanor.createEngine(URL.parse(LiveDatabase.postgresql()).render(false));
        counters.create(engine);
    }

    @AfterEach
    void dropTable() {
        if (engine != null) {
            counters.drop(engine, true);
            engine.close();
        }
    }

    private Insert upsert(int id, String label, int hits) {
        return counters.insert().values(Map.of("id", id, "label", label, "hits", hits))
                .withOption(OnConflict.on("id").doUpdate(Map.of("label", excluded.c("label"),
                        "hits", counters.c("hits").plus(excluded.c("hits")))).where(counters.c("locked").not()));
    }

    private List<List<Object>> rows(Connection c) {
        try (Result r = c.execute(select(counters.c("id"), counters.c("label"), counters.c("hits"))
                .orderBy(counters.c("id")))) {
            return r.all().stream().map(Row::values).toList();
        }
    }

    @Test
    void doUpdateInsertsThenUpdatesWithTheProposedRow() {
        try (Connection c = engine.connect()) {
            assertThat(c.execute(upsert(1, "a", 1)).rowcount()).isEqualTo(1);
            assertThat(rows(c)).containsExactly(List.of(1, "a", 1));
            assertThat(c.execute(upsert(1, "b", 5)).rowcount()).isEqualTo(1);
            assertThat(rows(c)).containsExactly(List.of(1, "b", 6));

            c.execute(counters.update().set("locked", true).where(counters.c("id").eq(1))).close();
            assertThat(c.execute(upsert(1, "c", 100)).rowcount()).isZero();   // the WHERE holds the row back
            assertThat(rows(c)).containsExactly(List.of(1, "b", 6));
        }
    }

    @Test
    void doNothingSkipsConflictsOnAnyUniqueConstraint() {
        try (Connection c = engine.connect()) {
            c.execute(counters.insert().values(Map.of("id", 1, "label", "a", "hits", 1))).close();
            Insert skip = counters.insert().withOption(OnConflict.doNothing());
            assertThat(c.execute(skip, Map.of("id", 1, "label", "other", "hits", 9)).rowcount()).isZero();
            assertThat(c.execute(skip, Map.of("id", 2, "label", "a", "hits", 9)).rowcount()).isZero();
            assertThat(c.execute(skip, Map.of("id", 3, "label", "c", "hits", 3)).rowcount()).isEqualTo(1);
            Insert byConstraint = counters.insert().withOption(OnConflict.onConstraint("uq_" + name + "_label")
                    .doNothing());
            assertThat(c.execute(byConstraint, Map.of("id", 4, "label", "c", "hits", 4)).rowcount()).isZero();
            assertThat(rows(c)).containsExactly(List.of(1, "a", 1), List.of(3, "c", 3));
        }
    }

    @Test
    void manyRowsUpsertInOneExecutionAndFromTheStatementCache() {
        try (Connection c = engine.connect()) {
            Insert upsert = counters.insert().withOption(OnConflict.on("label")
                    .doUpdate(Map.of("hits", counters.c("hits").plus(excluded.c("hits")))));
            c.execute(upsert, List.of(Map.of("id", 1, "label", "a", "hits", 1),
                    Map.of("id", 2, "label", "b", "hits", 2))).close();
            c.execute(upsert, List.of(Map.of("id", 7, "label", "a", "hits", 10),
                    Map.of("id", 3, "label", "c", "hits", 3))).close();
            assertThat(rows(c)).containsExactly(List.of(1, "a", 11), List.of(2, "b", 2), List.of(3, "c", 3));
            // the same shape with other values: compiled once, each statement with its own values
            Compiled first = upsert(1, "x", 1).compile(engine.dialect());
            long hits = engine.dialect().statementCache().hits();
            Compiled second = upsert(2, "y", 2).compile(engine.dialect());
            assertThat(engine.dialect().statementCache().hits()).isEqualTo(hits + 1);
            assertThat(second.sql()).isEqualTo(first.sql());
            assertThat(second.bind(Map.of())).containsExactly(2, "y", 2).isNotEqualTo(first.bind(Map.of()));
        }
    }

    @Test
    void returningGivesTheRowAsItIsAfterTheUpsert() {
        try (Connection c = engine.connect()) {
            c.execute(upsert(1, "a", 1)).close();
            try (Result r = c.execute(upsert(1, "a", 4).returning(counters.c("hits")))) {
                assertThat(r.scalar()).isEqualTo(5);
            }
        }
    }

    @Test
    void mysqlsUpsertIsRefusedWithTheAlternative() {
        Insert odku = counters.insert().values(Map.of("id", 1, "label", "a", "hits", 1))
                .withOption(OnDuplicateKeyUpdate.set(Map.of("hits", 2)));
        assertThatThrownBy(() -> odku.compile(engine.dialect())).isInstanceOf(UnsupportedCompilationException.class)
                .hasMessageContaining("ON DUPLICATE KEY UPDATE is not supported by dialect postgresql")
                .hasMessageContaining("OnConflict");
    }
}
