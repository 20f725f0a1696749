package org.athanor.dialect.sqlite.seed;

import org.athanor.engine.impl.testing.EngineFixture;
import org.athanor.sql.schema.MetaData;
import org.junit.jupiter.api.BeforeEach;

/**
 * The fixture of the seed tests that declare their tables as the seeds do ({@code Table('table1', metadata,
 * Column(...))}): an engine on a SQLite file database in a temporary folder, a {@link MetaData} the subclass
 * declares its tables in (field initializers), and {@code metadata.createAll(engine)} before each test.
 *
 * <p>Not thread-safe; JUnit makes one instance per test.
 */
abstract class SeedFixture extends EngineFixture {
    /** The metadata the test's tables belong to. */
    protected final MetaData metadata = new MetaData();

    @Override
    protected String[] schema() {
        return new String[0];
    }

    @BeforeEach
    void createDeclaredTables() {
        metadata.createAll(engine);
    }
}
