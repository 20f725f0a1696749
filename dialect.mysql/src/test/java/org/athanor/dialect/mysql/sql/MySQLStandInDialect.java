package org.athanor.dialect.mysql.sql;

import java.sql.Driver;
import org.athanor.dialect.Capabilities;
import org.athanor.dialect.Capabilities.Feature;
import org.athanor.dialect.DefaultDialect;
import org.athanor.engine.URL;
import org.athanor.exc.InvalidRequestException;
import org.athanor.sql.compiler.CompilerKit;

/**
 * A compile-only MySQL dialect for the kit's tests, with the capabilities of MySQL 8.0.31+ or of MariaDB
 * 10.11, until the module's own dialect classes (being written on another branch) pick the kit up.
 */
public class MySQLStandInDialect extends DefaultDialect {
    /** MySQL 8.0.31 and later. */
    static final Capabilities MYSQL_8 = Capabilities.of(64, Feature.SAVEPOINTS, Feature.MULTI_ROW_INSERT,
            Feature.SCHEMAS, Feature.COMMENTS, Feature.SERVER_SIDE_CURSORS, Feature.CHECK_CONSTRAINTS, Feature.JSON,
            Feature.INTERSECT_EXCEPT);
    /** MariaDB 10.11. */
    static final Capabilities MARIADB_10_11 = MYSQL_8.with(Feature.DELETE_RETURNING, Feature.INSERT_RETURNING,
            Feature.SEQUENCES);

    private final Capabilities capabilities;

    MySQLStandInDialect(Capabilities capabilities) {
        this.capabilities = capabilities;
    }

    @Override
    public String name() {
        return "mysql";
    }

    @Override
    public String driver() {
        return "sqltest";
    }

    @Override
    public Capabilities capabilities() {
        return capabilities;
    }

    @Override
    public CompilerKit compilerKit() {
        return MySQLCompilerKit.INSTANCE;
    }

    @Override
    protected Driver jdbcDriver() {
        throw new InvalidRequestException("compile-only test dialect");
    }

    @Override
    protected String jdbcUrl(URL url) {
        throw new InvalidRequestException("compile-only test dialect");
    }
}
