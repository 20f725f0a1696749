package org.athanor.dialect.oracle.sql;

import org.athanor.dialect.Capabilities;
import org.athanor.dialect.Capabilities.Feature;
import org.athanor.dialect.ServerVersion;
import org.athanor.testing.sql.CompileOnlyDialect;

/**
 * A compile-only Oracle dialect with the capabilities the Oracle dialect gives a server version, and the
 * {@code use_ansi} choice; it stands in until the module's dialect class (on another branch) picks the kit up.
 */
final class OracleStandInDialect {
    private OracleStandInDialect() {
    }

    static CompileOnlyDialect of(ServerVersion v, boolean useAnsi) {
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
        return new CompileOnlyDialect("oracle", c, useAnsi ? OracleCompilerKit.ANSI : OracleCompilerKit.NON_ANSI, v);
    }
}
