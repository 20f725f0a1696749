package org.athanor.dialect.mysql.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.athanor.testing.sql.SchemaDescription.describe;

import java.util.Set;
import java.util.UUID;
import org.athanor.engine.Athanor;
import org.athanor.engine.Engine;
import org.athanor.engine.URL;
import org.athanor.sql.schema.MetaData;
import org.athanor.sql.schema.Table;
import org.athanor.testing.LiveDatabase;
import org.athanor.testing.sql.CatalogueRunner;
import org.athanor.testing.sql.CatalogueSchema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shared statement catalogue executed on the live MySQL-protocol server (MariaDB here) through each
 * driver, in a database of its own that is dropped afterwards; then the fixture tables are reflected back and
 * compared with their declarations.
 */
class MySQLCatalogue_LiveTest {

    @ParameterizedTest
    @ValueSource(strings = {"mysql+connectorj", "mysql+mariadb"})
    void everyCatalogueStatementGivesTheExpectedResult(String drivername) {
        URL url = URL.parse(LiveDatabase.mysql()).withDrivername(drivername);
        String database = "athanor_sql_" + UUID.randomUUID().toString().substring(0, 8);
        try (Engine admin = Athanor.createEngine(url.render(false))) {
            admin.execute("CREATE DATABASE " + database).close();
            try (Engine engine = Athanor.createEngine(url.withDatabase(database).render(false))) {
                CatalogueSchema fixture = new CatalogueSchema();
                CatalogueRunner.setUp(engine, fixture);
                CatalogueRunner.Report report = CatalogueRunner.run(engine, fixture, Set.of());
                assertThat(report.failures()).isEmpty();
                assertThat(report.executed()).hasSizeGreaterThanOrEqualTo(85);
                boolean mariadb = engine.dialect().serverVersion().text().toLowerCase().contains("mariadb");
                assertThat(report.unsupported()).containsExactlyInAnyOrderElementsOf(mariadb
                        ? Set.of("select_full_outer_join", "update_returning")
                        : Set.of("select_full_outer_join", "insert_returning", "update_returning",
                                "delete_returning"));

                MetaData fresh = new MetaData();
                fresh.reflect(engine);
                for (Table t : fixture.metadata.tables()) {
                    // MySQL has no UUID type: CHAR(36) reads back as text
                    assertThat(describe(fresh.table(t.name())).replace("uid CHAR(36)", "uid UUID")).as(t.name())
                            .isEqualTo(describe(t));
                }
            } finally {
                admin.execute("DROP DATABASE " + database).close();
            }
        }
    }
}
