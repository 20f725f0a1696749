package org.athanor.sql.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import org.athanor.testing.sql.CatalogueSchema;
import org.athanor.testing.sql.ExpectedSql;
import org.athanor.testing.sql.StatementCatalogue;
import org.junit.jupiter.api.Test;

class GenericDialect_CatalogueTest {

    @Test
    void catalogueHasAtLeastSixtyStatements() {
        assertThat(StatementCatalogue.entries(new CatalogueSchema())).hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void everyStatementCompilesToTheExpectedGenericSql() {
        ExpectedSql.check(GenericDialect.INSTANCE, GenericDialect_CatalogueTest.class, "catalogue-generic.txt");
    }
}
