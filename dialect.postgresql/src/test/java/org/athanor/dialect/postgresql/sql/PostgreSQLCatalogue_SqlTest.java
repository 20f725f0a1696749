package org.athanor.dialect.postgresql.sql;

import org.athanor.dialect.postgresql.PgjdbcDialect;
import org.athanor.testing.sql.ExpectedSql;
import org.junit.jupiter.api.Test;

/** The exact SQL PostgreSQL's kit writes for every statement of the shared catalogue. */
class PostgreSQLCatalogue_SqlTest {

    @Test
    void everyCatalogueStatementCompilesToTheExpectedSql() {
        ExpectedSql.check(new PgjdbcDialect(), PostgreSQLCatalogue_SqlTest.class, "catalogue-postgresql.txt");
    }
}
