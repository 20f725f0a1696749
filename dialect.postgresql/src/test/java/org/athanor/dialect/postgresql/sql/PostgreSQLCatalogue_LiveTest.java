package org.athanor.dialect.postgresql.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.athanor.engine.Athanor;
import org.athanor.engine.Engine;
import org.athanor.engine.URL;
import org.athanor.testing.LiveDatabase;
import org.athanor.testing.sql.CatalogueRunner;
import org.athanor.testing.sql.CatalogueSchema;
import org.junit.jupiter.api.Test;

/**
 * The shared statement catalogue executed on the live PostgreSQL server, in a schema of its own that is
 * dropped afterwards.
 */
class PostgreSQLCatalogue_LiveTest {

    @Test
    void everyCatalogueStatementGivesTheExpectedResult() {
        URL url = URL.parse(LiveDatabase.postgresql());
        String schema = "athanor_sql_" + UUID.randomUUID().toString().substring(0, 8);
        try (Engine admin = Athanor.createEngine(url.render(false))) {
            admin.execute("CREATE SCHEMA " + schema).close();
            try (Engine engine = Athanor.createEngine(url.withQueryParameter("currentSchema", schema).render(false))) {
                CatalogueSchema fixture = new CatalogueSchema();
                CatalogueRunner.setUp(engine, fixture);
                for (String table : new String[] {"users", "addresses", "orders", "logs"}) {
                    engine.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), 100)").close();
                }
                CatalogueRunner.Report report = CatalogueRunner.run(engine, fixture, Set.of());
                assertThat(report.failures()).isEmpty();
                assertThat(report.unsupported()).isEmpty();
                assertThat(report.executed()).hasSizeGreaterThanOrEqualTo(85);
            } finally {
                admin.execute("DROP SCHEMA " + schema + " CASCADE").close();
            }
        }
    }
}
