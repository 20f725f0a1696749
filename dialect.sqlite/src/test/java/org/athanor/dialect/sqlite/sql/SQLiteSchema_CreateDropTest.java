package org.athanor.dialect.sqlite.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.athanor.engine.Athanor;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.reflection.Inspector;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.MetaData;
import org.athanor.sql.schema.Table;
import org.athanor.sql.types.SqlTypes;
import org.athanor.testing.sql.CatalogueSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Creating and dropping through an engine or a connection (seed 003), createAll / dropAll in key order. */
class SQLiteSchema_CreateDropTest {
    private Engine engine;

    @BeforeEach
    void open() {
        engine = Athanor.createEngine("sqlite://?foreign_keys=true");
    }

    @AfterEach
    void close() {
        engine.dispose();
    }

    @Test
    void createWithTheEngineDropWithAConnection() {
        MetaData metadata = new MetaData();
        Table table = new Table("sometable", metadata, Column.of("col1", SqlTypes.INTEGER));
        table.create(engine);
        assertThat(table.exists(engine)).isTrue();
        try (Connection connection = engine.connect()) {
            table.drop(connection);
            assertThat(table.exists(connection)).isFalse();
        }
        assertThat(table.exists(engine)).isFalse();
    }

    @Test
    void createAllChecksFirstAndDropAllRemovesEverything() {
        CatalogueSchema s = new CatalogueSchema();
        s.metadata.createAll(engine);
        s.metadata.createAll(engine);
        assertThat(Inspector.of(engine).tableNames()).containsExactlyInAnyOrder("users", "addresses", "orders",
                "order", "logs", "things");
        assertThatThrownBy(() -> s.metadata.createAll(engine, false)).hasMessageContaining("already exists");
        try (Connection c = engine.connect()) {
            c.execute(s.users.insert().values(Map.of("id", 1, "name", "a")));
            c.execute(s.addresses.insert().values(Map.of("id", 1, "user_id", 1, "email", "a@b")));
            c.execute(s.orders.insert().values(Map.of("id", 1, "user_id", 1)));
        }
        s.metadata.dropAll(engine);
        assertThat(Inspector.of(engine).tableNames()).isEmpty();
        s.metadata.dropAll(engine);
    }

    @Test
    void createAllInsideATransactionUsesThatConnection() {
        CatalogueSchema s = new CatalogueSchema();
        try (Connection c = engine.connect()) {
            var tx = c.begin();
            s.metadata.createAll(c);
            assertThat(Inspector.of(c).hasTable("users")).isTrue();
            tx.rollback();
            assertThat(Inspector.of(c).hasTable("users")).isFalse();
        }
    }

    @Test
    void dependencyOrderPutsReferencedTablesFirst() {
        CatalogueSchema s = new CatalogueSchema();
        var order = s.metadata.sortedTables().stream().map(Table::name).toList();
        assertThat(order.indexOf("users")).isLessThan(order.indexOf("addresses")).isLessThan(order.indexOf("orders"));
    }
}
