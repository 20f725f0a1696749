package org.athanor.dialect.mysql.sql;

import org.athanor.testing.sql.ExpectedSql;
import org.junit.jupiter.api.Test;

/** The exact SQL the MySQL kit writes for every statement of the shared catalogue, for MySQL and MariaDB. */
class MySQLCatalogue_SqlTest {

    @Test
    void mysql8() {
        ExpectedSql.check(MySQLStandInDialect.of(MySQLStandInDialect.MYSQL_8), MySQLCatalogue_SqlTest.class,
                "catalogue-mysql.txt");
    }

    @Test
    void mariadb1011() {
        ExpectedSql.check(MySQLStandInDialect.of(MySQLStandInDialect.MARIADB_10_11), MySQLCatalogue_SqlTest.class,
                "catalogue-mariadb.txt");
    }
}
