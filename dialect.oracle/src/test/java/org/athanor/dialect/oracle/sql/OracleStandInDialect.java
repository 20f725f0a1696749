package org.athanor.dialect.oracle.sql;

import java.sql.Driver;
import org.athanor.dialect.Capabilities;
import org.athanor.dialect.Capabilities.Feature;
import org.athanor.dialect.DefaultDialect;
import org.athanor.dialect.ServerVersion;
import org.athanor.engine.URL;
import org.athanor.exc.InvalidRequestException;
import org.athanor.sql.compiler.CompilerKit;

/**
 * A compile-only Oracle dialect for the kit's tests, with the capabilities the Oracle dialect gives a server
 * version, and the {@code use_ansi} choice; it stands in until the module's dialect class (being written on
 * another branch) picks the kit up.
 */
public class OracleStandInDialect extends DefaultDialect {
    private final boolean useAnsi;

    OracleStandInDialect(ServerVersion version, boolean useAnsi) {
        this.useAnsi = useAnsi;
        setServerVersion(version);
    }

    @Override
    public String name() {
        return "oracle";
    }

    @Override
    public String driver() {
        return "sqltest";
    }

    @Override
    public Capabilities capabilities() {
        ServerVersion v = serverVersion();
        Capabilities c = Capabilities.of(v.atLeast(12, 2) ? 128 : 30, Feature.SAVEPOINTS, Feature.SEQUENCES,
                Feature.INSERT_RETURNING, Feature.UPDATE_RETURNING, Feature.DELETE_RETURNING, Feature.FULL_OUTER_JOIN,
                Feature.INTERSECT_EXCEPT, Feature.SCHEMAS, Feature.COMMENTS, Feature.NULLS_ORDERING,
                Feature.CHECK_CONSTRAINTS);
        if (v.atLeast(12)) {
            c = c.with(Feature.IDENTITY_COLUMNS);
        }
        if (v.atLeast(21)) {
            c = c.with(Feature.JSON);
        }
        if (v.atLeast(23)) {
            c = c.with(Feature.NATIVE_BOOLEAN, Feature.MULTI_ROW_INSERT);
        }
        return c;
    }

    @Override
    public CompilerKit compilerKit() {
        return useAnsi ? OracleCompilerKit.ANSI : OracleCompilerKit.NON_ANSI;
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
