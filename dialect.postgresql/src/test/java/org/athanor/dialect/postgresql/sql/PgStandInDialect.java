package org.athanor.dialect.postgresql.sql;

import java.sql.Driver;
import org.athanor.dialect.Capabilities;
import org.athanor.dialect.Capabilities.Feature;
import org.athanor.dialect.DefaultDialect;
import org.athanor.engine.URL;
import org.athanor.sql.compiler.CompilerKit;

/**
 * A minimal PostgreSQL dialect for the kit's tests, with the capabilities of PostgreSQL 10 and later, until
 * the module's own dialect class (being written on another branch) picks the kit up; then the tests switch
 * to it.
 */
public class PgStandInDialect extends DefaultDialect {
    static final Capabilities CAPABILITIES = Capabilities.of(63, Feature.SAVEPOINTS, Feature.TRANSACTIONAL_DDL,
            Feature.INSERT_RETURNING, Feature.UPDATE_RETURNING, Feature.DELETE_RETURNING, Feature.SEQUENCES,
            Feature.NATIVE_BOOLEAN, Feature.NATIVE_UUID, Feature.MULTI_ROW_INSERT, Feature.FULL_OUTER_JOIN,
            Feature.INTERSECT_EXCEPT, Feature.SCHEMAS, Feature.COMMENTS, Feature.NULLS_ORDERING,
            Feature.CHECK_CONSTRAINTS, Feature.IDENTITY_COLUMNS, Feature.JSON);

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public String driver() {
        return "sqltest";
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public CompilerKit compilerKit() {
        return PostgreSQLCompilerKit.INSTANCE;
    }

    @Override
    protected Driver jdbcDriver() {
        return new org.postgresql.Driver();
    }

    @Override
    protected String jdbcUrl(URL url) {
        return "jdbc:postgresql://" + url.host() + ":" + (url.port() == null ? 5432 : url.port()) + "/"
                + url.database();
    }
}
