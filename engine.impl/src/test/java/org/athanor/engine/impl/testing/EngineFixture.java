package org.athanor.engine.impl.testing;

import java.nio.file.Path;
import org.athanor.engine.Engine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture most engine tests share: a SQLite file database in a temporary folder with the test's schema, and
 * an engine on it, disposed after each test.
 *
 * <p>Not thread-safe; JUnit makes one instance per test.
 */
public abstract class EngineFixture {
    /** The temporary folder. */
    @TempDir
    protected Path dir;
    /** The database, with its side door. */
    protected TestDb db;
    /** The engine under test. */
    protected Engine engine;

    /**
     * Returns the statements that create the test's tables and rows.
     *
     * @return the statements
     */
    protected abstract String[] schema();

    /**
     * Creates the engine under test (default options unless overridden).
     *
     * @return the engine
     */
    protected Engine createEngine() {
        return db.engine();
    }

    @BeforeEach
    void openDatabase() {
        db = new TestDb(dir);
        db.exec(schema());
        engine = createEngine();
    }

    @AfterEach
    void disposeEngine() {
        engine.dispose();
    }
}
