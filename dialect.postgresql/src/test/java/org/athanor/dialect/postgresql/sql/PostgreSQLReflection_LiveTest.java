package org.athanor.dialect.postgresql.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.athanor.testing.sql.SchemaDescription.describe;

import java.util.UUID;
import org.athanor.engine.Athanor;
import org.athanor.engine.Engine;
import org.athanor.engine.URL;
import org.athanor.reflection.Inspector;
import org.athanor.sql.schema.MetaData;
import org.athanor.sql.schema.Table;
import org.athanor.sql.schema.UniqueConstraint;
import org.athanor.testing.LiveDatabase;
import org.athanor.testing.sql.CatalogueSchema;
import org.junit.jupiter.api.Test;

/**
 * Reflection round trip on the live PostgreSQL server: the catalogue's tables, created with {@code createAll}
 * in a schema of their own, reflected into a fresh metadata and compared column by column, key by key.
 */
class PostgreSQLReflection_LiveTest {

    @Test
    void reflectedTablesMatchTheDeclaredOnes() {
        URL url = URL.parse(LiveDatabase.postgresql());
        String schema = "athanor_refl_" + UUID.randomUUID().toString().substring(0, 8);
        try (Engine admin = Athanor.createEngine(url.render(false))) {
            admin.execute("CREATE SCHEMA " + schema).close();
            try (Engine engine = Athanor.createEngine(url.withQueryParameter("currentSchema", schema).render(false))) {
                CatalogueSchema declared = new CatalogueSchema();
                declared.metadata.createAll(engine);
                MetaData fresh = new MetaData();
                fresh.reflect(engine);
                for (Table t : declared.metadata.tables()) {
                    assertThat(describe(fresh.table(t.name()))).as(t.name()).isEqualTo(describe(t));
                }
                Table addresses = fresh.table("addresses");
                assertThat(addresses.uniqueConstraints()).extracting(UniqueConstraint::name)
                        .containsExactly("addresses_email_key");
                assertThat(addresses.indexes()).isEmpty();
                assertThat(fresh.table("orders").comment()).isEqualTo("Customer orders");
                assertThat(fresh.table("order").c("UserName").comment()).isEqualTo("mixed case");
                assertThat(Inspector.of(engine).defaultSchemaName()).isEqualTo(schema);
            } finally {
                admin.execute("DROP SCHEMA " + schema + " CASCADE").close();
            }
        }
    }
}
