package org.athanor.dialect.sqlite;

import java.nio.file.Path;
import org.athanor.testing.suite.ConformanceSuite;
import org.athanor.testing.suite.Requirements;
import org.athanor.testing.suite.Requirements.Requirement;
import org.athanor.testing.suite.TestDatabase;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dialect conformance suite on a SQLite file database (queue pool), in WAL mode with
 * {@code synchronous=NORMAL} — the usual production settings, which also keep commits from waiting for the
 * disk — given as URL query parameters.
 */
class SQLiteConformanceTest extends ConformanceSuite {

    @TempDir
    static Path dir;

    /**
     * What SQLite can do beyond what its capabilities say: everything but exact decimals (a DECIMAL column
     * has NUMERIC affinity, so values are stored as 8-byte floats, as SQLAlchemy warns).
     *
     * @return the requirements
     */
    static Requirements requirements() {
        return Requirements.forDialect(new SQLiteDialect()).toBuilder()
                .without(Requirement.EXACT_DECIMAL)
                .autoincrementPrimaryKey("INTEGER PRIMARY KEY")
                .build();
    }

    @Override
    protected TestDatabase database() {
        EngineImplementation.assumePresent();
        return TestDatabase.of("sqlite:///" + dir.resolve("conformance.db").toAbsolutePath()
                + "?journal_mode=WAL&synchronous=NORMAL", requirements());
    }
}
