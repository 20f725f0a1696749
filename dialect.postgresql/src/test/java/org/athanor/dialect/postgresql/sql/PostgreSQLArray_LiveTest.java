package org.athanor.dialect.postgresql.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.athanor.sql.SQL.select;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.athanor.engine.Athanor;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.Result;
import org.athanor.engine.Row;
import org.athanor.engine.URL;
import org.athanor.sql.ArrayComparisons;
import org.athanor.sql.Expression;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.MetaData;
import org.athanor.sql.schema.Table;
import org.athanor.sql.types.SqlTypes;
import org.athanor.testing.LiveDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ARRAY columns on the live PostgreSQL server: lists and Java arrays go in, lists of the element type come
 * out (empty arrays, NULL elements and NULL arrays included), the array comparisons select the right rows,
 * and reflection maps the columns back to the declared array types.
 */
class PostgreSQLArray_LiveTest {
    private final MetaData md = new MetaData();
    private final String name = "ath_arrays_" + UUID.randomUUID().toString().substring(0, 8);
    private final Table posts = new Table(name, md,
            Column.of("id", SqlTypes.INTEGER).primaryKey().autoincrement(false),
            Column.of("tags", SqlTypes.array(SqlTypes.string(20))),
            Column.of("scores", SqlTypes.array(SqlTypes.SMALLINT)),
            Column.of("prices", SqlTypes.array(SqlTypes.numeric(10, 2))),
            Column.of("days", SqlTypes.array(SqlTypes.DATE)),
            Column.of("keys", SqlTypes.array(SqlTypes.UUID_TYPE)),
            Column.of("body", SqlTypes.array(SqlTypes.TEXT)));
    private Engine engine;

    @BeforeEach
    void createTable() {
        engine = Athanor.createEngine(URL.parse(LiveDatabase.postgresql()).render(false));
        posts.create(engine);
    }

    @AfterEach
    void dropTable() {
        if (engine != null) {
            posts.drop(engine, true);
            engine.close();
        }
    }

    @Test
    void valuesGoInAsListsOrArraysAndComeBackAsLists() {
        UUID key = UUID.randomUUID();
        try (Connection c = engine.connect()) {
            c.execute(posts.insert().values(Map.of("id", 1, "tags", List.of("java", "sql"), "scores", new int[] {3, 5},
                    "prices", List.of(new BigDecimal("1.50"), new BigDecimal("2")),
                    "days", new LocalDate[] {LocalDate.of(2024, 2, 29)}, "keys", List.of(key),
                    "body", List.of()))).close();
            c.execute(posts.insert(), Map.of("id", 2, "tags", Arrays.asList("a", null), "scores", List.of(7))).close();
            try (Result r = c.execute(select(posts).orderBy(posts.c("id")))) {
                List<Row> rows = r.all();
                assertThat(rows.get(0).values()).containsExactly(1, List.of("java", "sql"), List.of(3, 5),
                        List.of(new BigDecimal("1.50"), new BigDecimal("2.00")), List.of(LocalDate.of(2024, 2, 29)),
                        List.of(key), List.of());
                assertThat(rows.get(1).get("tags")).isEqualTo(Arrays.asList("a", null));
                assertThat(rows.get(1).get("scores")).isEqualTo(List.of(7));
                assertThat(rows.get(1).get("days")).isNull();
            }
        }
    }

    @Test
    void arrayComparisonsSelectTheRightRows() {
        try (Connection c = engine.connect()) {
            c.execute(posts.insert(), List.of(
                    Map.of("id", 1, "tags", List.of("java", "sql"), "scores", List.of(1, 2, 3)),
                    Map.of("id", 2, "tags", List.of("python"), "scores", List.of(2)),
                    Map.of("id", 3, "tags", List.of("sql", "python"), "scores", List.of(4)))).close();
            assertThat(ids(c, ArrayComparisons.any(posts.c("tags"), "sql"))).containsExactly(1, 3);
            assertThat(ids(c, ArrayComparisons.contains(posts.c("scores"), List.of(2, 3)))).containsExactly(1);
            assertThat(ids(c, ArrayComparisons.containedBy(posts.c("tags"), new String[] {"python", "sql"})))
                    .containsExactly(2, 3);
            assertThat(ids(c, ArrayComparisons.overlaps(posts.c("tags"), List.of("java", "python")).not()))
                    .isEmpty();
        }
    }

    private List<Object> ids(Connection c, Expression<Boolean> where) {
        try (Result r = c.execute(select(posts.c("id")).where(where).orderBy(posts.c("id")))) {
            return r.all().stream().map(row -> row.get(0)).toList();
        }
    }

    @Test
    void reflectionMapsArrayColumnsBackToTheirTypes() {
        MetaData fresh = new MetaData();
        Table reflected = Table.autoload(name, fresh, engine);
        for (Column<?> declared : posts.schemaColumns()) {
            assertThat(reflected.c(declared.name()).type()).as(declared.name()).isEqualTo(declared.type());
        }
    }
}
