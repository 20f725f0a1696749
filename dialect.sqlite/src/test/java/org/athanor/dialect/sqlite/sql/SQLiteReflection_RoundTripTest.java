package org.athanor.dialect.sqlite.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.athanor.testing.sql.SchemaDescription.describe;

import java.util.List;
import org.athanor.engine.Athanor;
import org.athanor.engine.Engine;
import org.athanor.reflection.Inspector;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.ForeignKeyConstraint;
import org.athanor.sql.schema.Index;
import org.athanor.sql.schema.MetaData;
import org.athanor.sql.schema.ReferentialAction;
import org.athanor.sql.schema.Table;
import org.athanor.sql.schema.UniqueConstraint;
import org.athanor.sql.types.SqlTypes;
import org.athanor.testing.sql.CatalogueSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reflection round trip: tables created with {@code createAll} are reflected into a fresh metadata and
 * compared column by column, key by key.
 */
class SQLiteReflection_RoundTripTest {
    private Engine engine;

    @BeforeEach
    void open() {
        engine = Athanor.createEngine("sqlite://");
    }

    @AfterEach
    void close() {
        engine.dispose();
    }

    @Test
    void reflectedTablesMatchTheDeclaredOnes() {
        CatalogueSchema declared = new CatalogueSchema();
        MetaData md = declared.metadata;
        Table parts = new Table("parts", md,
                Column.of("maker", SqlTypes.string(10)),
                Column.of("code", SqlTypes.INTEGER),
                Column.of("user_id", SqlTypes.INTEGER).notNull(),
                org.athanor.sql.schema.PrimaryKeyConstraint.of("maker", "code"),
                UniqueConstraint.named("uq_parts_user", "user_id", "code"),
                ForeignKeyConstraint.of(null, List.of("user_id"), null, "users", List.of("id"))
                        .onDelete(ReferentialAction.SET_NULL),
                Index.on("ix_parts_code", "code").unique());
        md.createAll(engine);

        MetaData fresh = new MetaData();
        fresh.reflect(engine);
        assertThat(fresh.tables()).extracting(Table::name).containsExactlyInAnyOrder("users", "addresses",
                "orders", "order", "logs", "things", "parts");
        for (Table t : md.tables()) {
            Table r = fresh.table(t.name());
            // SQLite has no UUID type (CHAR(36) reads back as text), and an INTEGER primary key is always the
            // rowid, so it autoincrements even where it was declared not to
            String expected = describe(t).replace("uid CHAR(36)", "uid UUID")
                    .replace("id INTEGER NOT NULL\nsmall", "id INTEGER NOT NULL AUTO\nsmall");
            assertThat(describe(r).replace("uid CHAR(36)", "uid UUID")).as(t.name()).isEqualTo(expected);
        }
        assertThat(describe(fresh.table("parts"))).contains("PK [maker, code]", "UQ [user_id, code]",
                "FK [user_id] -> users[id] SET_NULL", "IX ix_parts_code [code] unique");
        assertThat(Inspector.of(engine).columns("orders", null).get(3).defaultSql()).isEqualTo("'open'");
        assertThat(fresh.table("parts").uniqueConstraints()).extracting(UniqueConstraint::name)
                .containsExactly("uq_parts_user");
    }

    @Test
    void reflectedTablesCanBeCreatedAgain() {
        CatalogueSchema declared = new CatalogueSchema();
        declared.metadata.createAll(engine);
        MetaData fresh = new MetaData();
        fresh.reflect(engine);
        try (Engine other = Athanor.createEngine("sqlite://")) {
            fresh.createAll(other);
            MetaData again = new MetaData();
            again.reflect(other);
            for (Table t : fresh.tables()) {
                assertThat(describe(again.table(t.name()))).isEqualTo(describe(t));
            }
        }
    }

    @Test
    void onlyReflectsTheNamedTablesAndWhatTheyReference() {
        new CatalogueSchema().metadata.createAll(engine);
        MetaData md = new MetaData();
        md.reflect(engine, List.of("addresses"));
        assertThat(md.tables()).extracting(Table::name).containsExactlyInAnyOrder("addresses", "users");
    }

    @Test
    void autoloadBuildsOneTableAndWhatItReferences() {
        new CatalogueSchema().metadata.createAll(engine);
        MetaData md = new MetaData();
        Table orders = Table.autoload("orders", md, engine);
        assertThat(orders.columns()).extracting(c -> c.name()).containsExactly("id", "user_id", "total", "status");
        assertThat(md.tables()).extracting(Table::name).containsExactlyInAnyOrder("orders", "users");
        assertThat(Table.autoload("orders", md, engine)).isSameAs(orders);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Table.autoload("nope", md, engine))
                .isInstanceOf(org.athanor.exc.NoSuchTableException.class).hasMessageContaining("orders");
    }

    @Test
    void inspectorListsSchemasTablesAndViews() {
        new CatalogueSchema().metadata.createAll(engine);
        engine.execute("CREATE VIEW active_users AS SELECT id, name FROM users WHERE active = 1").close();
        Inspector i = Inspector.of(engine);
        assertThat(i.schemaNames()).contains("main");
        assertThat(i.defaultSchemaName()).isEqualTo("main");
        assertThat(i.tableNames()).contains("users", "order").doesNotContain("active_users");
        assertThat(i.viewNames(null)).containsExactly("active_users");
        assertThat(i.hasTable("active_users")).isTrue();
        assertThat(i.hasTable("nope")).isFalse();
        assertThat(i.primaryKey("users", null).columns()).containsExactly("id");
        assertThat(i.columns("active_users", null)).extracting(c -> c.name()).containsExactly("id", "name");
    }
}
