package org.athanor.dialect.mysql.sql;

import org.athanor.dialect.Capabilities;
import org.athanor.dialect.Capabilities.Feature;
import org.athanor.testing.sql.CompileOnlyDialect;

/**
 * The capabilities the MySQL dialect gives MySQL 8.0.31+ and MariaDB 10.11, for compile-only tests of the kit
 * until the module's dialect classes (on another branch) pick the kit up.
 */
final class MySQLStandInDialect {
    /** MySQL 8.0.31 and later. */
    static final Capabilities MYSQL_8 = Capabilities.of(64, Feature.SAVEPOINTS, Feature.MULTI_ROW_INSERT,
            Feature.SCHEMAS, Feature.COMMENTS, Feature.SERVER_SIDE_CURSORS, Feature.CHECK_CONSTRAINTS, Feature.JSON,
            Feature.INTERSECT_EXCEPT);
    /** MariaDB 10.11. */
    static final Capabilities MARIADB_10_11 = MYSQL_8.with(Feature.DELETE_RETURNING, Feature.INSERT_RETURNING,
            Feature.SEQUENCES);

    private MySQLStandInDialect() {
    }

    static CompileOnlyDialect of(Capabilities capabilities) {
        return new CompileOnlyDialect("mysql", capabilities, MySQLCompilerKit.INSTANCE, null);
    }
}
