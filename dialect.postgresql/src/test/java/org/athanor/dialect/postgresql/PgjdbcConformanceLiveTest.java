package org.athanor.dialect.postgresql;

import java.sql.Connection;
import java.sql.SQLException;
import org.athanor.testing.suite.ColumnKind;
import org.athanor.testing.suite.ConformanceSuite;
import org.athanor.testing.suite.Requirements;
import org.athanor.testing.suite.Requirements.Requirement;
import org.athanor.testing.suite.TestDatabase;

/** The dialect conformance suite on the live PostgreSQL server, through pgjdbc. */
class PgjdbcConformanceLiveTest extends ConformanceSuite {

    /**
     * What PostgreSQL can do, from the dialect's capabilities after it has met the server, with PostgreSQL's
     * spelling of a binary column. Batch rowcounts are not exact while pgjdbc rewrites batched INSERTs (its
     * default here): the rewritten statements report {@code SUCCESS_NO_INFO}.
     */
    static Requirements requirements() throws SQLException {
        PgjdbcDialect dialect = LivePostgres.dialect();
        try (Connection c = LivePostgres.connect(dialect)) {
            dialect.initialize(c);
        }
        Requirements.Builder b = Requirements.forDialect(dialect).toBuilder().columnType(ColumnKind.BINARY, "BYTEA");
        if (dialect.batchRewrite()) {
            b.without(Requirement.BATCH_ROWCOUNT);
        }
        return b.build();
    }

    @Override
    protected TestDatabase database() {
        LivePostgres.requireEngine();
        try {
            return TestDatabase.of(LivePostgres.url().render(false), requirements());
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL answered the probe but refused a connection", e);
        }
    }
}
