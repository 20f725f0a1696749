package org.athanor.dialect.mysql;

import java.sql.Connection;
import java.sql.SQLException;
import org.athanor.testing.suite.ColumnKind;
import org.athanor.testing.suite.Requirements;
import org.athanor.testing.suite.Requirements.Requirement;
import org.athanor.testing.suite.TestDatabase;

/** The conformance suite's view of the live MySQL-protocol server, for one driver's dialect. */
final class MySQLConformance {

    private MySQLConformance() {
    }

    /**
     * The test database for a driver: requirements from the dialect's capabilities after it has met the
     * server (so MariaDB's RETURNING counts), MySQL's spellings of auto-increment keys and of date-times with
     * microseconds, and no exact batch rowcounts while the driver rewrites batches into multi-row INSERTs
     * (Connector/J then reports {@code SUCCESS_NO_INFO}).
     */
    static TestDatabase database(MySQLDialect dialect) {
        LiveMySQL.requireEngine();
        try (Connection c = LiveMySQL.connect(dialect)) {
            dialect.initialize(c);
        } catch (SQLException e) {
            throw new IllegalStateException("The server answered the probe but refused a connection", e);
        }
        Requirements.Builder b = Requirements.forDialect(dialect).toBuilder()
                .autoincrementPrimaryKey("INTEGER AUTO_INCREMENT PRIMARY KEY")
                .columnType(ColumnKind.TIMESTAMP, "DATETIME(6)")
                .columnType(ColumnKind.TIME, "TIME(6)");
        if (dialect instanceof ConnectorJDialect && dialect.batchRewrite()) {
            b.without(Requirement.BATCH_ROWCOUNT);
        }
        return TestDatabase.of(LiveMySQL.url(dialect).render(false), b.build());
    }
}
