package org.athanor.dialect.oracle.sql;

import org.athanor.dialect.ServerVersion;
import org.athanor.testing.sql.ExpectedSql;
import org.junit.jupiter.api.Test;

/**
 * The exact SQL the Oracle kit writes for every statement of the shared catalogue: on 19c with ANSI joins,
 * and on 11g with the {@code use_ansi} option off ({@code ROWNUM} limits, {@code (+)} outer joins).
 */
class OracleCatalogue_SqlTest {

    @Test
    void oracle19() {
        ExpectedSql.check(OracleStandInDialect.of(ServerVersion.of(19, 3), true), OracleCatalogue_SqlTest.class,
                "catalogue-oracle.txt");
    }

    @Test
    void oracle11WithoutAnsiJoins() {
        ExpectedSql.check(OracleStandInDialect.of(ServerVersion.of(11, 2), false), OracleCatalogue_SqlTest.class,
                "catalogue-oracle11-nonansi.txt");
    }
}
