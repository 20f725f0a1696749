package org.athanor.dialect.sqlite;

import org.athanor.testing.suite.ConformanceSuite;
import org.athanor.testing.suite.Requirements.Requirement;
import org.athanor.testing.suite.TestDatabase;

/**
 * The dialect conformance suite on a SQLite in-memory database (singleton-per-thread pool, so two
 * connections on one thread are one database session).
 */
class SQLiteConformance_MemoryTest extends ConformanceSuite {

    @Override
    protected TestDatabase database() {
        EngineImplementation.assumePresent();
        return TestDatabase.of("sqlite://", SQLiteConformanceTest.requirements().toBuilder()
                .without(Requirement.INDEPENDENT_CONNECTIONS).build());
    }
}
