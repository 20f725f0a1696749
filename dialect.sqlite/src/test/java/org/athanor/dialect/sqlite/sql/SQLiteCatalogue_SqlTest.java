package org.athanor.dialect.sqlite.sql;

import org.athanor.dialect.sqlite.SQLiteDialect;
import org.athanor.testing.sql.ExpectedSql;
import org.junit.jupiter.api.Test;

/** The exact SQL SQLite's kit writes for every statement of the shared catalogue. */
class SQLiteCatalogue_SqlTest {

    @Test
    void everyCatalogueStatementCompilesToTheExpectedSql() {
        ExpectedSql.check(new SQLiteDialect(), SQLiteCatalogue_SqlTest.class, "catalogue-sqlite.txt");
    }
}
