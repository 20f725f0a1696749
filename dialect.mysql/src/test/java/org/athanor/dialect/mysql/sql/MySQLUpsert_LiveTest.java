package org.athanor.dialect.mysql.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.athanor.sql.SQL.select;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.athanor.engine.Athanor;
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
import org.athanor.sql.types.SqlTypes;
import org.athanor.sql.upsert.OnConflict;
import org.athanor.sql.upsert.OnDuplicateKeyUpdate;
import org.athanor.testing.LiveDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code INSERT ... ON DUPLICATE KEY UPDATE} on the live MySQL-protocol server (MariaDB here, so
 * {@code VALUES(col)}) through each driver: the upsert inserts a new row and updates an existing one with the
 * proposed values, a batch of rows upserts in one execution, and PostgreSQL's ON CONFLICT is refused with the
 * alternative named.
 */
class MySQLUpsert_LiveTest {
    private final MetaData md = new MetaData();
    private final Table counters = new Table("ath_odku_" + UUID.randomUUID().toString().substring(0, 8), md,
            Column.of("id", SqlTypes.INTEGER).primaryKey().autoincrement(false),
            Column.of("label", SqlTypes.string(20)).notNull().unique(),
            Column.of("hits", SqlTypes.INTEGER).notNull());
    private final Alias inserted = OnDuplicateKeyUpdate.inserted(counters);
    private Engine engine;

    private Engine open(String drivername) {
        engine = Athanor.createEngine(URL.parse(LiveDatabase.mysql()).withDrivername(drivername).render(false));
        counters.create(engine);
        return engine;
    }

    @AfterEach
    void dropTable() {
        if (engine != null) {
            counters.drop(engine, true);
            engine.close();
        }
    }

    private Insert upsert() {
        return counters.insert().withOption(OnDuplicateKeyUpdate.set(Map.of("label", inserted.c("label"),
                "hits", counters.c("hits").plus(inserted.c("hits")))));
    }

    private List<List<Object>> rows(Connection c) {
        try (Result r = c.execute(select(counters.c("id"), counters.c("label"), counters.c("hits"))
                .orderBy(counters.c("id")))) {
            return r.all().stream().map(Row::values).toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql+connectorj", "mysql+mariadb"})
    void insertsThenUpdatesWithTheProposedRow(String drivername) {
        try (Connection c = open(drivername).connect()) {
            c.execute(upsert(), Map.of("id", 1, "label", "a", "hits", 1)).close();
            assertThat(rows(c)).containsExactly(List.of(1, "a", 1));
            c.execute(upsert(), Map.of("id", 1, "label", "b", "hits", 5)).close();
            assertThat(rows(c)).containsExactly(List.of(1, "b", 6));
            // a duplicate of the unique label updates that row too
            c.execute(upsert(), Map.of("id", 9, "label", "b", "hits", 4)).close();
            assertThat(rows(c)).containsExactly(List.of(1, "b", 10));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql+connectorj", "mysql+mariadb"})
    void manyRowsUpsertInOneExecutionAndAsOneStatement(String drivername) {
        try (Connection c = open(drivername).connect()) {
            c.execute(upsert(), List.of(Map.of("id", 1, "label", "a", "hits", 1),
                    Map.of("id", 2, "label", "b", "hits", 2))).close();
            c.execute(upsert(), List.of(Map.of("id", 1, "label", "a", "hits", 10),
                    Map.of("id", 3, "label", "c", "hits", 3))).close();
            c.execute(counters.insert().values(List.of(Map.of("id", 2, "label", "b", "hits", 100),
                    Map.of("id", 4, "label", "d", "hits", 4))).withOption(OnDuplicateKeyUpdate.set(
                    Map.of("hits", inserted.c("hits"))))).close();
            assertThat(rows(c)).containsExactly(List.of(1, "a", 11), List.of(2, "b", 100), List.of(3, "c", 3),
                    List.of(4, "d", 4));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql+connectorj", "mysql+mariadb"})
    void onConflictIsRefusedWithTheAlternative(String drivername) {
        Insert onConflict = counters.insert().values(Map.of("id", 1, "label", "a", "hits", 1))
                .withOption(OnConflict.on("id").doNothing());
        assertThatThrownBy(() -> onConflict.compile(open(drivername).dialect()))
                .isInstanceOf(UnsupportedCompilationException.class)
                .hasMessageContaining("ON CONFLICT DO NOTHING is not supported by dialect mysql")
                .hasMessageContaining("OnDuplicateKeyUpdate");
    }
}
