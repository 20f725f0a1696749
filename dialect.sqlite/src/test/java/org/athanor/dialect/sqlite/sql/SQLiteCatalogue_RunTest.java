package org.athanor.dialect.sqlite.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.athanor.engine.Athanor;
import org.athanor.engine.Engine;
import org.athanor.testing.sql.CatalogueRunner;
import org.athanor.testing.sql.CatalogueSchema;
import org.junit.jupiter.api.Test;

/** The shared statement catalogue executed on SQLite, every result checked. */
class SQLiteCatalogue_RunTest {

    @Test
    void everyCatalogueStatementGivesTheExpectedResult() {
        try (Engine engine = Athanor.createEngine("sqlite://")) {
            CatalogueSchema schema = new CatalogueSchema();
            CatalogueRunner.setUp(engine, schema);
            CatalogueRunner.Report report = CatalogueRunner.run(engine, schema, Set.of());
            assertThat(report.failures()).isEmpty();
            assertThat(report.unsupported()).isEmpty();
            assertThat(report.executed()).hasSizeGreaterThanOrEqualTo(85);
        }
    }
}
